/** The CDK reader as the engine's reader registry sees it. */
import type { ModelDocument } from '../../model';
import type { Reader } from '../../readers';
import { collectInlineSuppressions } from '../../suppress';
import { importsCdk } from './imports';
import { readCdk } from './reader';
import { typescriptProblem } from './typescript';

export const cdkReader: Reader = {
  kind: 'cdk',
  // Only TypeScript that imports aws-cdk-lib: the compiler is loaded on the first such file.
  accepts: (fileName, text) => /\.(ts|mts|cts)$/i.test(fileName) && !/\.d\.ts$/i.test(fileName) && importsCdk(text),
  // A reader bug throws: the engine turns it into a problem ("could not analyse") and names the reader.
  read: (text, fileName) => {
    const missing = typescriptProblem();
    return missing ? unavailable(text, missing) : readCdk(text, fileName);
  },
};

/** A CDK file that cannot be read because the compiler is missing: a document that says so. */
function unavailable(text: string, message: string): ModelDocument {
  return {
    kind: 'cdk', text, resources: [], parameters: new Map(), conditions: new Map(),
    problems: [{ message, span: { start: 0, end: 0 }, severity: 'error', code: 'unavailable' }],
    inlineSuppressions: collectInlineSuppressions(text, '//'), productionHints: [],
  };
}

export { readCdk };
