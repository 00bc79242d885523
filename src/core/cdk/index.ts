/** The CDK reader as the engine's reader registry sees it. */
import type { Reader } from '../readers';
import { importsCdk } from './imports';
import { readCdk } from './reader';

export const cdkReader: Reader = {
  kind: 'cdk',
  // Only TypeScript that imports aws-cdk-lib: the compiler is loaded on the first such file.
  accepts: (fileName, text) => /\.(ts|mts|cts|tsx)$/i.test(fileName) && !/\.d\.ts$/i.test(fileName) && importsCdk(text),
  read: (text, fileName) => readCdk(text, fileName),
};

export { readCdk };
