import { strict as assert } from 'node:assert';
import { parseShell, valueSpan, type Word } from '../../src/core/forms/shell/parse';
import { isShellFile, markdownShellBlocks, parseShellOf } from '../../src/core/forms/shell/markdown';

const words = (text: string) => parseShell(text).commands.map((c) => c.words.map((w) => w.value));
const src = (text: string, w: Word) => text.slice(w.start, w.end);

describe('shell tokenizer', () => {
  it('splits commands on newlines, ;, &&, ||, pipes and subshells', () => {
    assert.deepEqual(words('a b; c && d || e | f & g\n(h i)\n'), [['a', 'b'], ['c'], ['d'], ['e'], ['f'], ['g'], ['h', 'i']]);
  });

  it('joins backslash line continuations and keeps exact spans', () => {
    const text = 'aws rds create-db-instance \\\n  --db-instance-identifier db1 \\\r\n  --engine mysql\n';
    const [c] = parseShell(text).commands;
    assert.deepEqual(c.words.map((w) => w.value), ['aws', 'rds', 'create-db-instance', '--db-instance-identifier', 'db1', '--engine', 'mysql']);
    for (const w of c.words) assert.equal(src(text, w), w.value);
  });

  it('removes quotes, maps every value character back to the source', () => {
    const text = `x 'a b' "c \\"d\\"" e\\ f $'g\\th' "p"'q'r`;
    const ws = parseShell(text).commands[0].words;
    assert.deepEqual(ws.map((w) => w.value), ['x', 'a b', 'c "d"', 'e f', 'g\th', 'pqr']);
    assert.equal(ws[1].quote, "'");
    assert.equal(ws[2].quote, '"');
    assert.equal(ws[5].quote, undefined, 'mixed quoting is not one quoted string');
    const sp = valueSpan(ws[2], 2, 5);
    assert.equal(text.slice(sp.start, sp.end), '"d\\"');
    assert.ok(ws.every((w) => w.known));
  });

  it('marks variables, substitutions, globs and tildes unknown, never guessing', () => {
    // Inner commands ($(date), `id`) are read too: take the outer one.
    const ws = parseShell('c $X "${Y}-db" $(date) `id` a*b ~/f "$((1+2))" Key=[a,b] [ab]\n').commands.find((c) => c.words[0].value === 'c')!.words;
    assert.deepEqual(ws.map((w) => w.known), [true, false, false, false, false, false, false, false, true, false]);
    assert.equal(ws[1].unknownReason, 'variable $X');
  });

  it('reads `<PLACEHOLDER>` in documentation as an unknown word, not a redirection', () => {
    const [c] = parseShell('aws rds x --master-user-password <SECURE_PASSWORD> --port 5 <in.txt\n').commands;
    assert.deepEqual(c.words.map((w) => [w.value, w.known]), [['aws', true], ['rds', true], ['x', true], ['--master-user-password', true], ['<SECURE_PASSWORD>', false], ['--port', true], ['5', true]]);
  });

  it('reads documentation placeholders with spaces, inside a word or in braces as unknown words; redirections stay redirections', () => {
    const text = 'aws x --a <table name from stack outputs> --b <stack-name>-events --c arn:aws:rds:<region>:db:x --d {dynamodb item} --e {a: b}\n';
    const [c] = parseShell(text).commands;
    assert.deepEqual(c.words.map((w) => [w.value, w.known]), [
      ['aws', true], ['x', true], ['--a', true], ['<table name from stack outputs>', false], ['--b', true], ['<stack-name>-events', false],
      ['--c', true], ['arn:aws:rds:<region>:db:x', false], ['--d', true], ['{dynamodb item}', false], ['--e', true], ['{a:', true], ['b}', true],
    ]);
    for (const w of c.words) assert.equal(src(text, w), w.value);
    assert.equal(c.words[3].unknownReason, 'placeholder <table name from stack outputs>');
    // A space just inside the brackets, or a pipe, means redirections: `sort <in >out`, `sort <in|tee>out`.
    assert.deepEqual(words('sort <in >out\nsort <in.txt|tee>out\ncat <<EOF\nx\nEOF\n'), [['sort'], ['sort'], ['tee'], ['cat']]);
  });

  it('reads commands inside $(...) and backticks', () => {
    const cmds = words('ID=$(aws rds describe-db-instances --query x)\necho `aws dynamodb list-tables`\n');
    assert.ok(cmds.some((c) => c.join(' ') === 'aws rds describe-db-instances --query x'));
    assert.ok(cmds.some((c) => c.join(' ') === 'aws dynamodb list-tables'));
  });

  it('keeps leading assignments apart, skips comments, redirections and here-documents', () => {
    const text = 'AWS_REGION=eu-west-1 aws rds x # a comment --flag\ncat <<EOF > out.txt 2>&1\naws rds not-a-command\nEOF\nif aws s3 ls; then echo ok; fi\n';
    const p = parseShell(text);
    assert.equal(p.commands[0].assignments[0].value, 'AWS_REGION=eu-west-1');
    assert.deepEqual(p.commands[0].words.map((w) => w.value), ['aws', 'rds', 'x']);
    assert.equal(p.comments.length, 1);
    assert.deepEqual(p.commands.map((c) => c.words[0]?.value), ['aws', 'cat', 'aws', 'echo']);
    assert.deepEqual(p.commands[1].words.map((w) => w.value), ['cat']);
  });

  it('finds shell blocks in Markdown with spans into the whole file', () => {
    const md = '# T\n\n```bash\naws rds x\n```\n\n```json\n{"a": 1}\n```\n\n~~~sh\naws dynamodb y\n~~~\n';
    const blocks = markdownShellBlocks(md);
    assert.deepEqual(blocks.map((b) => md.slice(b.start, b.end)), ['aws rds x\n', 'aws dynamodb y\n']);
    const p = parseShellOf('README.md', md);
    assert.deepEqual(p.commands.map((c) => src(md, c.words[2])), ['x', 'y']);
  });

  it('recognises shell files by extension and shebang', () => {
    assert.ok(isShellFile('a.sh', ''));
    assert.ok(isShellFile('deploy', '#!/usr/bin/env bash\n'));
    assert.ok(isShellFile('deploy', '#!/bin/zsh\n'));
    assert.ok(!isShellFile('a.py', '#!/usr/bin/env python3\n'));
  });
});
