/**
 * A rule's fixes live with the rule (Rule.settingFixes, Rule.specialFix): each is written for a
 * type the rule reads, and the fix code names no rule ID (it gathers them from the registry).
 */
import * as assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { MANAGED_PASSWORD_TYPES } from '../../src/core/fixes/settings';
import { RULES } from '../../src/core/rules';

const CORE = path.resolve(__dirname, '../../src/core');
const FIXES_DIR = path.join(CORE, 'fixes');
const FORMS_DIR = path.join(CORE, 'forms');

/** The fix code: the dispatcher (src/core/fixes) and each form's fix writers (src/core/forms/<form>/fix*.ts). */
function fixFiles(): string[] {
  const own = fs.readdirSync(FIXES_DIR).filter((f) => f.endsWith('.ts')).map((f) => path.join(FIXES_DIR, f));
  const forms = fs.existsSync(FORMS_DIR) ? fs.readdirSync(FORMS_DIR, { withFileTypes: true }).filter((d) => d.isDirectory()) : [];
  const writers = forms.flatMap((d) => fs.readdirSync(path.join(FORMS_DIR, d.name)).filter((f) => /^fix.*\.ts$/.test(f)).map((f) => path.join(FORMS_DIR, d.name, f)));
  return [...own, ...writers];
}

describe('rule fixes live with their rules', () => {
  it('every setting fix is written for a type its rule reads, once per type and property', () => {
    const withFixes = RULES.filter((r) => r.settingFixes?.length);
    assert.ok(withFixes.length >= 30, `only ${withFixes.length} rules declare setting fixes`);
    for (const rule of withFixes) {
      const seen = new Set<string>();
      for (const s of rule.settingFixes ?? []) {
        assert.ok(s.types.length > 0, `${rule.id}: a setting fix for ${s.path} names no type`);
        assert.match(s.path, /^[A-Za-z][A-Za-z0-9]*(\.[A-Za-z][A-Za-z0-9]*)*$/, `${rule.id}: property path ${s.path}`);
        assert.equal(typeof s.to, 'function', `${rule.id}: ${s.path} has no value to write`);
        for (const t of s.types) {
          assert.ok(rule.resourceTypes.includes(t), `${rule.id}: a fix for ${t} ${s.path}, a type the rule does not read (${rule.resourceTypes.join(', ')})`);
          const key = `${t} ${s.path}`;
          assert.ok(!seen.has(key), `${rule.id}: two setting fixes for ${key}`);
          seen.add(key);
        }
      }
    }
  });

  it('a managed-password fix is declared only by a rule that reads a type whose service manages the password', () => {
    const rules = RULES.filter((r) => r.specialFix === 'managed-password');
    assert.ok(rules.length > 0, 'no rule declares the managed-password fix');
    for (const r of rules) assert.ok(r.resourceTypes.some((t) => MANAGED_PASSWORD_TYPES.has(t)), `${r.id} reads none of ${[...MANAGED_PASSWORD_TYPES].join(', ')}`);
    assert.ok(RULES.some((r) => r.specialFix === 'deletion-policy'), 'no rule declares the deletion-policy fix');
  });

  it('the fix code names no rule ID', () => {
    const files = fixFiles().map((f) => path.relative(CORE, f).replace(/\\/g, '/'));
    assert.ok(files.includes('fixes/index.ts') && files.includes('fixes/settings.ts'), `src/core/fixes not read: ${files.join(', ')}`);
    assert.ok(files.some((f) => f.startsWith('forms/')), `no form's fix writer read: ${files.join(', ')}`);
    for (const f of files) {
      const text = fs.readFileSync(path.join(CORE, f), 'utf8');
      const ids = text.match(/ADB\d{3}/g);
      assert.equal(ids, null, `src/core/${f} names ${ids?.join(', ')}: declare the fix on the rule (settingFixes / specialFix)`);
    }
  });
});
