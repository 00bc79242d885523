/**
 * Shell scripts and Markdown shell blocks with AWS CLI commands: the form as the engine sees it
 * (src/core/forms/form.ts). Reader: reader.ts (parse.ts, markdown.ts, translate.ts, mappings.ts);
 * fix writer: fix.ts; names: names.ts; suppressions: `# aws-db-architect-ignore` comments. The
 * commands are checked against the AWS CLI service model (src/core/cli-model, ADB100–ADB111): when
 * that data is missing or corrupt, the document says so (a problem with code `unavailable`)
 * instead of passing as clean. Its hover and completion (hover.ts, assist.ts) are served by the
 * editor's AWS CLI providers (src/vscode/cli-providers.ts), per word rather than per document.
 */
import { MODEL_OFF, modelProblem } from '../../cli-model/model';
import type { Form } from '../form';
import { shellWriter } from './fix';
import { cliName } from './names';
import { awsCliReader, cliCommandsOf } from './reader';

declare module '../../model' {
  interface FormKinds {
    'aws-cli': true;
  }
}

export const shellForm: Form = {
  kind: 'aws-cli',
  title: 'AWS CLI',
  comment: '#',
  accepts: (fileName, text) => awsCliReader.accepts(fileName, text),
  read(text, fileName) {
    const doc = awsCliReader.read(text, fileName);
    const cmds = doc ? cliCommandsOf(doc) : [];
    if (!doc || !cmds.length) return doc;
    const problem = modelProblem(cmds.flatMap((c) => (c.service?.known ? [c.service.value] : [])));
    if (problem) doc.problems.push({ message: `${problem}, so these AWS CLI commands are not checked: ${MODEL_OFF}`, span: { start: 0, end: 0 }, severity: 'error', code: 'unavailable' });
    return doc;
  },
  fixWriter: () => shellWriter,
  settingName: cliName,
};
