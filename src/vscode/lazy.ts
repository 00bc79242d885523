/** Loads dist/features.js on first use (see features.ts). */
import * as path from 'node:path';
import { report } from '../core/log';

export type Features = typeof import('./features');

/** A function that computes its value once, on first call. */
export function once<T>(make: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = make();
      done = true;
    }
    return value;
  };
}

/**
 * Calls a provider through its lazy stand-in: when the features bundle cannot be loaded (or the
 * provider throws), the log says why and the editor gets nothing, never an exception.
 */
export function guarded<T>(what: string, call: () => T): T | undefined {
  try {
    return call();
  } catch (e) {
    report('error', `${what} failed`, e);
    return undefined;
  }
}

/** The features bundle beside this one (a runtime require the bundler leaves alone). */
export function featuresLoader(distDir: string): () => Features {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return once(() => require(path.join(distDir, 'features.js')) as Features);
}
