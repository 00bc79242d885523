/** Accepting a CDK snippet from the completion (src/core/forms/cdk/snippets.ts) in a file, as the editor would, with every default. */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import { cdkSnippetCompletions, cdkSnippetsOf, type SnippetCompletion } from '../../src/core/forms/cdk/snippets';
import { fillDefaults } from './expand';

export const CDK_SNIPPETS = cdkSnippetsOf(JSON.parse(fs.readFileSync('snippets/cdk.code-snippets', 'utf8')));

/** The item of `prefix` offered where `|` stands (the prefix typed there), and the file it makes with every default accepted. */
export function accept(withCursor: string, prefix = 'adb-cdk-rds-instance'): { item: SnippetCompletion; result: string; inserted: string } {
  const at = withCursor.indexOf('|');
  const text = withCursor.replace('|', 'adb-cdk-');
  const got = cdkSnippetCompletions(text, at + 'adb-cdk-'.length, CDK_SNIPPETS);
  assert.ok(got, 'no completion');
  assert.equal(got.start, at);
  const item = got.items.find((i) => i.prefix === prefix);
  assert.ok(item, `${prefix} not offered`);
  const inserted = fillDefaults(item.body);
  let result = text.slice(0, at) + inserted + text.slice(at + 'adb-cdk-'.length);
  // The edits are offsets of the original text, all before the insertion point here: apply from the end.
  for (const e of [...item.edits].reverse()) {
    assert.ok(e.offset <= at, `edit at ${e.offset} after the insertion point ${at}`);
    result = result.slice(0, e.offset) + e.text + result.slice(e.offset);
  }
  return { item, result, inserted };
}

