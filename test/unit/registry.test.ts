import { strict as assert } from 'node:assert';
import { RULES } from '../../src/core/rules';
import { FACTS } from '../../src/knowledge';
import { FactSchema } from '../../src/knowledge/schema';

describe('rule registry', () => {
  it('has unique ADB IDs with complete metadata', () => {
    const ids = new Set<string>();
    for (const r of RULES) {
      assert.match(r.id, /^ADB\d{3}$/);
      assert.ok(!ids.has(r.id), `duplicate ${r.id}`);
      ids.add(r.id);
      assert.ok(r.title.length > 5 && r.description.length > 40, `${r.id} needs a title and a long description`);
      assert.ok(r.source.urls.length > 0 && r.source.urls.every((u) => u.startsWith('https://')), `${r.id} needs AWS source URLs`);
      assert.ok(r.resourceTypes.length > 0, `${r.id} reads no resource type`);
    }
  });
});

describe('knowledge base', () => {
  it('validates against the schema, with unique ids', () => {
    const ids = new Set<string>();
    for (const f of FACTS) {
      const r = FactSchema.safeParse(f);
      assert.ok(r.success, `${f.id}: ${r.success ? '' : r.error.message}`);
      assert.ok(!ids.has(f.id), `duplicate fact ${f.id}`);
      ids.add(f.id);
    }
  });
});
