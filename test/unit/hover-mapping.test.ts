/**
 * Hovers find facts through the readers' own name mappings (issue 17): for every fact with a
 * property-level CloudFormation target (`Type.Path`), a CDK hover on each L2 prop that sets that
 * property, on the L1 `Cfn*` prop, and a CLI hover on each flag that sets it show the fact.
 */
import { strict as assert } from 'node:assert';
import { FACTS } from '../../src/knowledge';
import type { FactInput } from '../../src/knowledge/schema';
import { cliHoverMarkdown, hoverAt } from '../../src/core/hover';
import { md } from '../../src/core/hover/render';
import { L1_NAMESPACES, l1TsName } from '../../src/core/forms/cdk/l1';
import { L2 } from '../../src/core/forms/cdk/l2';
import { TARGETS } from '../../src/core/forms/shell/mappings';
import { cfnTargetOfCliFlag } from '../../src/core/forms/shell/names';
import { cfnTargetsOfCdkProp } from '../../src/core/forms/cdk/names';
import { cdkProbe } from './hover-reachability.test';
import { withMore } from './hover-reachability.test';

function shows(hover: string | undefined, f: FactInput): boolean {
  const full = withMore(hover);
  return !!full && full.includes(md(f.subject)) && f.sources.every((u) => full.includes(`(${u})`));
}

/** Top-level property targets (`AWS::RDS::DBInstance.BackupRetentionPeriod`): type and path. */
function propertyTargets(f: FactInput): { type: string; path: string }[] {
  return (f.targets?.cfn ?? []).filter((t) => !t.includes('=')).map((t) => t.split('.')).filter((p) => p.length === 2).map(([type, path]) => ({ type, path }));
}

const cdkHover = (target: string) => {
  const p = cdkProbe(target);
  return hoverAt(p.text, p.offset, 'probe.ts');
};

describe('hover through the name mapping (issue 17)', () => {
  const withProps = FACTS.filter((f) => propertyTargets(f).length);

  it('there are property-level facts, L2 props and CLI flags to check', () => {
    assert.ok(withProps.length > 20);
    let l2 = 0;
    let cli = 0;
    for (const f of withProps) {
      for (const { type, path } of propertyTargets(f)) {
        for (const spec of Object.values(L2)) if (spec.type === type) l2 += Object.values(spec.props).filter((h) => (typeof h === 'string' ? [h] : h.paths ?? []).includes(path)).length;
        for (const ts of Object.values(TARGETS)) for (const t of ts) if (t.type === type) cli += Object.values(t.props).filter((pm) => pm.path === path).length;
      }
    }
    assert.ok(l2 > 10 && cli > 10, `L2 props ${l2}, CLI flags ${cli}`);
  });

  it('a CDK hover on every L2 prop that sets the property shows the fact', () => {
    const broken: string[] = [];
    for (const f of withProps) {
      for (const { type, path } of propertyTargets(f)) {
        for (const [key, spec] of Object.entries(L2)) {
          if (spec.type !== type) continue;
          const [mod, cls] = key.split('.');
          if (!/^aws-[a-z]+$/.test(mod)) continue; // alpha modules are not imported as `aws-cdk-lib/aws-x`
          for (const [prop, h] of Object.entries(spec.props)) {
            if (!(typeof h === 'string' ? [h] : h.paths ?? []).includes(path)) continue;
            const target = `${mod.slice(4)}.${cls}.${prop}`;
            if (!shows(cdkHover(target), f)) broken.push(`${f.id}: ${target}`);
          }
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it('a CDK hover on the L1 Cfn* prop shows the fact', () => {
    const broken: string[] = [];
    const moduleOf = Object.fromEntries(Object.entries(L1_NAMESPACES).map(([m, ns]) => [ns, m]));
    for (const f of withProps) {
      for (const { type, path } of propertyTargets(f)) {
        const [, ns, name] = type.split('::');
        const mod = moduleOf[ns];
        if (!mod) continue;
        const target = `${mod.slice(4)}.Cfn${name}.${l1TsName(mod, type, path)}`;
        if (!shows(cdkHover(target), f)) broken.push(`${f.id}: ${target}`);
      }
    }
    assert.deepEqual(broken, []);
  });

  it('a CLI hover on every flag that sets the property, of every operation, shows the fact', () => {
    const broken: string[] = [];
    for (const f of withProps) {
      for (const { type, path } of propertyTargets(f)) {
        for (const [service, ts] of Object.entries(TARGETS)) {
          for (const t of ts) {
            if (t.type !== type) continue;
            for (const [flag, pm] of Object.entries(t.props)) {
              if (pm.path !== path) continue;
              for (const op of Object.keys(t.ops)) {
                const target = `${service} ${op} --${flag}`;
                if (!shows(cliHoverMarkdown(target), f)) broken.push(`${f.id}: ${target}`);
              }
            }
          }
        }
      }
    }
    assert.deepEqual(broken, []);
  });

  it('the inverse mapping: flags and props to CloudFormation paths', () => {
    assert.equal(cfnTargetOfCliFlag('rds', 'modify-db-instance', '--backup-retention-period'), 'AWS::RDS::DBInstance.BackupRetentionPeriod');
    assert.equal(cfnTargetOfCliFlag('rds', 'create-db-instance', 'no-such-flag'), undefined);
    assert.equal(cfnTargetOfCliFlag('s3', 'ls', 'recursive'), undefined);
    assert.deepEqual(cfnTargetsOfCdkProp('rds', 'DatabaseInstance', 'storageEncrypted'), ['AWS::RDS::DBInstance.StorageEncrypted']);
    assert.deepEqual(cfnTargetsOfCdkProp('rds', 'CfnDBCluster', 'backupRetentionPeriod'), ['AWS::RDS::DBCluster.BackupRetentionPeriod']);
    assert.deepEqual(cfnTargetsOfCdkProp(undefined, 'CfnDBCluster', 'backupRetentionPeriod'), [], 'an L1 class without its module is ambiguous');
    assert.deepEqual(cfnTargetsOfCdkProp('rds', 'DatabaseInstance', 'toString'), []);
    assert.deepEqual(cfnTargetsOfCdkProp('rds', 'DatabaseInstance', 'noSuchProp'), []);
  });

  it('a plain object with a mapped prop name gets no hover', () => {
    const text = "import * as rds from 'aws-cdk-lib/aws-rds';\nconst o = { storageEncrypted: true };\n";
    assert.equal(hoverAt(text, text.indexOf('storageEncrypted') + 2, 'x.ts'), undefined);
  });
});
