/**
 * Lazy access to the TypeScript compiler API. It is 9 MB of JavaScript, so it is loaded only when
 * a CDK file is read, never at start-up. In the bundles, `require('typescript')` is rewritten by
 * esbuild.mjs to `./typescript.js`, a separate minified bundle of the compiler (see docs/cdk.md);
 * under tsx (tests) it resolves to node_modules.
 */
import type * as TS from 'typescript';

let cached: typeof TS | null | undefined;

/** The compiler API, or undefined when it cannot be loaded (the CDK reader then stays silent). */
export function typescript(): typeof TS | undefined {
  if (cached === undefined) {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      cached = require('typescript') as typeof TS;
    } catch {
      cached = null;
    }
  }
  return cached ?? undefined;
}
