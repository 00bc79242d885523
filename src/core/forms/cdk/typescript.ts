/**
 * Lazy access to the TypeScript compiler API. It is 9 MB of JavaScript, so it is loaded only when
 * a CDK file is read, never at start-up. In the bundles, `require('typescript')` is rewritten by
 * esbuild.mjs to `./typescript.js`, a separate minified bundle of the compiler (see docs/cdk.md);
 * under tsx (tests) it resolves to node_modules. When it cannot be loaded, that is said once (the
 * reporter of src/core/log.ts) and every CDK file gets a problem instead of passing as "not CDK".
 */
import type * as TS from 'typescript';
import { errorText, reportOnce } from '../../log';

type Loader = () => typeof TS;

// eslint-disable-next-line @typescript-eslint/no-require-imports
const requireTypeScript: Loader = () => require('typescript') as typeof TS;

let loader: Loader = requireTypeScript;
let cached: { ts: typeof TS } | { error: string; cause: unknown } | undefined;

/** Replaces how the compiler is loaded (tests: a missing bundle, a broken compiler); clears the cache. */
export function setTypeScriptLoader(l: Loader | undefined): void {
  loader = l ?? requireTypeScript;
  cached = undefined;
}

/** Why the compiler could not be loaded, or undefined when it loads (loads it on first call). */
export function typescriptProblem(): string | undefined {
  typescript();
  return cached && 'error' in cached ? cached.error : undefined;
}

/** The compiler API, or undefined when it cannot be loaded (said once; see typescriptProblem()). */
export function typescript(): typeof TS | undefined {
  if (cached === undefined) {
    try {
      const ts = loader();
      if (typeof ts?.createSourceFile !== 'function') throw new Error('the module loaded is not the TypeScript compiler');
      cached = { ts };
    } catch (e) {
      const error = `the TypeScript compiler bundle (dist/typescript.js) could not be loaded (${errorText(e).split('\n')[0]}), so CDK files are not analysed; reinstalling the extension or package restores it`;
      cached = { error, cause: e };
    }
  }
  if ('ts' in cached) return cached.ts;
  // Said once per session (per reporter), however many CDK files there are.
  reportOnce('typescript', 'error', `CDK analysis is off: ${cached.error}.`, cached.cause);
  return undefined;
}
