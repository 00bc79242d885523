/**
 * Shell tokenizer: bash's brace expansion (checked against bash itself), and robustness on deep
 * and unclosed command substitutions (issue 16: bounded nesting with a clear problem; the time
 * figures live in the bench, `npm run bench -- shell-large`).
 */
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { MAX_BRACE_WORDS, MAX_NESTING, parseShell, valueSpan } from '../../src/core/forms/shell/parse';
import { parseShellOf } from '../../src/core/forms/shell/markdown';
import { analyze } from '../../src/core/engine';

/** Words of the arguments of `printf x …`, as we read them (unknown words marked `?`). */
const ours = (args: string) => parseShell(`printf x ${args}\n`).commands[0].words.slice(2).map((w) => (w.known ? w.value : `?${w.value}`));

// Each case with the words bash makes of it (checked against bash below).
const CASES: [string, string[]][] = [
  ['X={a,b}', ['X=a', 'X=b']],
  ['a{b,c}d{e,f}', ['abde', 'abdf', 'acde', 'acdf']],
  ['{1..3}', ['1', '2', '3']],
  ['{01..10..3}', ['01', '04', '07', '10']],
  ['{-05..5..3}', ['-05', '-02', '001', '004']],
  ['{a..e}', ['a', 'b', 'c', 'd', 'e']],
  ['{e..a..2}', ['e', 'c', 'a']],
  ['{}', ['{}']],
  ['{a}', ['{a}']],
  ['"{a,b}"', ['{a,b}']],
  ["'{a,b}'", ['{a,b}']],
  ['\\{a,b}', ['{a,b}']],
  ['{a\\,b}', ['{a,b}']],
  ['{a,"b,c"}', ['a', 'b,c']],
  ['x{a{b,c}', ['x{ab', 'x{ac']],
  ['{a,{b,c}}d', ['ad', 'bd', 'cd']],
  ['{,x}y', ['y', 'xy']],
  ['{1..a}', ['{1..a}']],
  ['{a,b', ['{a,b']],
  ['a}b{c,d}', ['a}bc', 'a}bd']],
  ['{{a,b}}', ['{a}', '{b}']],
  ['x={a,b}={c,d}', ['x=a=c', 'x=a=d', 'x=b=c', 'x=b=d']],
  ['{a,b}{1..2}', ['a1', 'a2', 'b1', 'b2']],
  ['M={ServerName=h.example.com,Port=1433}', ['M=ServerName=h.example.com', 'M=Port=1433']],
];

describe('shell brace expansion', () => {
  it('makes the words bash makes', () => {
    for (const [args, want] of CASES) assert.deepEqual(ours(args), want, args);
  });

  it('agrees with bash itself on every case', () => {
    for (const [args, want] of CASES) {
      const out = spawnSync('bash', ['-c', `printf '%s\\n' ${args}`], { encoding: 'utf8', env: {} });
      assert.deepEqual(out.stdout.split('\n').slice(0, -1), want, `bash on ${args}`);
    }
  });

  it('leaves ${var}, leading assignments and quoted braces alone; a variable part stays unknown', () => {
    assert.deepEqual(ours('${x}'), ['?${x}']);
    assert.deepEqual(ours('{a,$b}'), ['?a', '?$b']);
    const [c] = parseShell('A={x,y} aws rds x\n').commands;
    assert.deepEqual([c.assignments.map((w) => w.value), c.words.length], [['A={x,y}'], 3]);
  });

  it('marks each word with the braces it came from, and maps every character back to the source', () => {
    const text = 'aws dms x --settings M={ServerName=h,Port=1433}\n';
    const ws = parseShell(text).commands[0].words.slice(4);
    assert.deepEqual(ws.map((w) => [w.value, w.brace?.index, w.brace?.count]), [['M=ServerName=h', 0, 2], ['M=Port=1433', 1, 2]]);
    assert.equal(text.slice(ws[0].brace!.span.start, ws[0].brace!.span.end), '{ServerName=h,Port=1433}');
    const sp = valueSpan(ws[1], 2, 6);
    assert.equal(text.slice(sp.start, sp.end), 'Port');
  });

  it(`keeps a word that would expand into more than ${MAX_BRACE_WORDS} words as one unknown word`, () => {
    assert.deepEqual(ours('{1..100000}'), ['?{1..100000}']);
    assert.deepEqual(ours('{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}'), ['?{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}{a,b}']);
  });
});

describe('shell command substitutions: deep and unclosed', () => {
  it('reads substitutions nested up to the limit', () => {
    const text = `${'echo $('.repeat(MAX_NESTING)}aws rds x${')'.repeat(MAX_NESTING)}\n`;
    const p = parseShell(text);
    assert.ok(p.commands.some((c) => c.words[0].value === 'aws'));
    assert.deepEqual(p.problems, []);
  });

  it('stops below the limit with one problem, and never overflows the stack', () => {
    for (const open of ['$(', '`echo "$(', 'echo "$(']) {
      const text = `${open.repeat(5000)}aws rds x\n`;
      const p = parseShell(text);
      assert.equal(p.problems.length, 1, open);
      assert.match(p.problems[0].message, new RegExp(`nested deeper than ${MAX_NESTING} levels`));
      assert.ok(p.problems[0].span.start >= 0 && p.problems[0].span.end <= text.length);
    }
  });

  it('an unclosed $( runs to the end of the text, and every command inside is read', () => {
    const text = 'x=$(\naws rds a\naws rds b $(echo c\naws rds d\n';
    const p = parseShell(text);
    assert.deepEqual(p.commands.map((c) => c.words.map((w) => w.value).join(' ')), ['aws rds a', 'echo c', 'aws rds d', 'aws rds b $(echo c\naws rds d\n', '']);
    assert.equal(p.commands[4].assignments[0].end, text.length);
  });

  it('a too-deep script gives an ADB000 problem in the analysis, and in Markdown blocks too', () => {
    const a = analyze(`#!/bin/bash\n${'$('.repeat(200)}\n`, { fileName: 'deep.sh' });
    assert.equal(a.problems.length, 1);
    assert.match(a.problems[0].message, /nested deeper than/);
    const md = parseShellOf('README.md', `# x\n\n\`\`\`bash\n${'$('.repeat(100)}\n\`\`\`\n`);
    assert.equal(md.problems.length, 1);
  });
});
