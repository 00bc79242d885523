/** The CDK reader as the engine's reader registry sees it. */
import type { Reader } from '../readers';
import { importsCdk } from './imports';
import { readCdk } from './reader';

export const cdkReader: Reader = {
  kind: 'cdk',
  // Only TypeScript that imports aws-cdk-lib: the compiler is loaded on the first such file.
  accepts: (fileName, text) => /\.(ts|mts|cts)$/i.test(fileName) && !/\.d\.ts$/i.test(fileName) && importsCdk(text),
  read: (text, fileName) => {
    try {
      return readCdk(text, fileName);
    } catch {
      // A reader bug must not take the analysis down: the file is then simply not read as CDK.
      return undefined;
    }
  },
};

export { readCdk };
