/**
 * The editor's failure paths, without an editor: the output channel logger, and the providers (hover, AWS CLI hover and completion, quick fixes) that must log an error and
 * return nothing instead of throwing into the extension host (against a stand-in `vscode` module).
 * The analysis worker's failures (real threads) are in test/integration/analysis-worker.test.ts.
 */
import { strict as assert } from 'node:assert';
import Module from 'node:module';
import { setReporter } from '../../src/core/log';
import { hostLog, type Channel } from '../../src/vscode/host-log';
import { loadPlaywright } from '../../src/cli/diagram';

function channel(): Channel & { lines: string[] } {
  const lines: string[] = [];
  return { lines, error: (s) => lines.push(`error ${s}`), warn: (s) => lines.push(`warn ${s}`), info: (s) => lines.push(`info ${s}`) };
}

describe('no silence: the output channel logger', () => {
  it('writes the stack under the message, says a once-message once, survives a closed channel', () => {
    const ch = channel();
    const log = hostLog(ch);
    log.error('hover failed', new Error('x'));
    log.log('error', 'missing model', undefined, 'k');
    log.log('error', 'missing model', undefined, 'k');
    assert.match(ch.lines[0], /^error hover failed\nError: x\n\s+at /);
    assert.deepEqual(ch.lines.slice(1), ['error missing model']);
    const closed = hostLog({ error: () => { throw new Error('closed'); }, warn: () => undefined, info: () => undefined });
    assert.doesNotThrow(() => closed.error('x'));
  });
});

// A stand-in for the `vscode` module, enough for the providers to load and fail.
class Position { constructor(readonly line: number, readonly character: number) {} }
class Range { constructor(readonly start: Position, readonly end: Position) {} }
class MarkdownString { isTrusted = false; constructor(readonly value: string) {} }
class Hover { constructor(readonly contents: unknown, readonly range?: unknown) {} }
class CompletionItem { constructor(readonly label: string, readonly kind: unknown) {} }
const fake = {
  Position, Range, MarkdownString, Hover, CompletionItem,
  CompletionItemKind: { Module: 1, Function: 2, Property: 3, EnumMember: 4 },
  CodeActionKind: { QuickFix: 'quickfix' },
  workspace: { onDidCloseTextDocument: () => ({ dispose: () => undefined }) },
  languages: {},
};
const M = Module as unknown as { _load: (req: string, ...rest: unknown[]) => unknown };
const load = M._load;
M._load = (req: string, ...rest: unknown[]) => (req === 'vscode' ? fake : load(req, ...rest));
/* eslint-disable @typescript-eslint/no-require-imports */
const { CliHoverProvider } = require('../../src/vscode/cli-hover') as typeof import('../../src/vscode/cli-hover');
const { CliCompletionProvider } = require('../../src/vscode/cli-completion') as typeof import('../../src/vscode/cli-completion');
const { HoverAdapter } = require('../../src/vscode/hover') as typeof import('../../src/vscode/hover');
const { FixProvider } = require('../../src/vscode/code-actions') as typeof import('../../src/vscode/code-actions');
const { guarded } = require('../../src/vscode/lazy') as typeof import('../../src/vscode/lazy');
/* eslint-enable @typescript-eslint/no-require-imports */
M._load = load;

describe('no silence: providers log and return nothing on error', () => {
  /** A document whose text cannot be read: every provider fails inside. */
  const broken = {
    uri: { path: '/w/deploy.sh', toString: () => 'file:///w/deploy.sh' },
    version: 1,
    getText: () => { throw new Error('document gone'); },
    offsetAt: () => 0,
    positionAt: () => new Position(0, 0),
    getWordRangeAtPosition: () => undefined,
  };
  let lines: string[];
  let restore: () => void;
  beforeEach(() => {
    const ch = channel();
    lines = ch.lines;
    const prev = setReporter(hostLog(ch));
    restore = () => setReporter(prev);
  });
  afterEach(() => restore());

  const cases: [string, () => unknown, RegExp][] = [
    ['AWS CLI hover', () => new CliHoverProvider().provideHover(broken as never, new Position(0, 0) as never), /^error AWS CLI hover failed in \/w\/deploy\.sh\nError: document gone/],
    ['AWS CLI completion', () => new CliCompletionProvider().provideCompletionItems(broken as never, new Position(0, 0) as never), /^error AWS CLI completion failed in \/w\/deploy\.sh\nError: document gone/],
    ['template hover', () => new HoverAdapter().provideHover(broken as never, new Position(0, 0) as never), /^error hover failed in \/w\/deploy\.sh\nError: document gone/],
    ['lazy stand-in (features bundle missing)', () => guarded('hover', () => { throw new Error("Cannot find module 'dist/features.js'"); }), /^error hover failed\nError: Cannot find module/],
  ];
  for (const [name, call, logged] of cases) {
    it(name, () => {
      assert.equal(call(), undefined);
      assert.equal(lines.length, 1, lines.join('\n'));
      assert.match(lines[0], logged);
    });
  }

  it('quick fixes', () => {
    const controller = { get results(): Map<string, unknown> { throw new Error('results gone'); } };
    const actions = new FixProvider(controller as never).provideCodeActions(broken as never, {} as never, { diagnostics: [] } as never);
    assert.deepEqual(actions, []);
    assert.match(lines[0], /^error quick fixes failed in \/w\/deploy\.sh\nError: results gone/);
  });
});

describe('no silence: the diagram command tells a missing playwright-core from a broken one', () => {
  it('not installed', () => {
    const r = loadPlaywright(() => { throw Object.assign(new Error("Cannot find module 'playwright-core'\nRequire stack:\n- x"), { code: 'MODULE_NOT_FOUND' }); });
    assert.deepEqual(r, { ok: false, error: '--format svg needs the playwright-core package, which is not installed (npm install playwright-core)' });
  });

  it('installed but broken (a missing dependency of it, a syntax error)', () => {
    const dep = loadPlaywright(() => { throw Object.assign(new Error("Cannot find module './lib/server'"), { code: 'MODULE_NOT_FOUND' }); });
    assert.equal(dep.ok, false);
    assert.match((dep as { error: string }).error, /playwright-core, which is installed but could not be loaded: Cannot find module '\.\/lib\/server'/);
    const syntax = loadPlaywright(() => { throw new SyntaxError('Unexpected token'); });
    assert.match((syntax as { error: string }).error, /installed but could not be loaded: SyntaxError: Unexpected token/);
  });
});
