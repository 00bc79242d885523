/**
 * Registers the AWS CLI reader with the engine (imported by engine.ts for its side effect). A
 * script with `aws` commands is checked against the service model (ADB100–ADB111): when that data
 * is missing or corrupt, the document says so (a problem with code `unavailable`) instead of
 * passing as clean.
 */
import { registerReader, type Reader } from '../../readers';
import { MODEL_OFF, modelProblem } from '../../cli-model/model';
import { awsCliReader, cliCommandsOf } from './reader';

const checked: Reader = {
  ...awsCliReader,
  read(text, fileName) {
    const doc = awsCliReader.read(text, fileName);
    const cmds = doc ? cliCommandsOf(doc) : [];
    if (!doc || !cmds.length) return doc;
    const problem = modelProblem(cmds.flatMap((c) => (c.service?.known ? [c.service.value] : [])));
    if (problem) doc.problems.push({ message: `${problem}, so these AWS CLI commands are not checked: ${MODEL_OFF}`, span: { start: 0, end: 0 }, severity: 'error', code: 'unavailable' });
    return doc;
  },
};

registerReader(checked);
