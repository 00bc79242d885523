/** Loads dist/features.js on first use (see features.ts). */
import * as path from 'node:path';

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

/** The features bundle beside this one (a runtime require the bundler leaves alone). */
export function featuresLoader(distDir: string): () => Features {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return once(() => require(path.join(distDir, 'features.js')) as Features);
}
