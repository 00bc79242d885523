import { fact } from '../../../knowledge';
import { asString, type Candidate } from '../../resolve';
import type { Resource } from '../../model';
import { defineRule, type RuleContext } from '../types';
import { numbers, settingName } from '../util';
import { family, inCluster, sourceOf } from './common';
import { compatible } from './pairs';
import { iopsLimit, ratioLimit } from './storage-limits';

const io = fact('rds.iops-io');

/**
 * The storage types a resource can have; with StorageType absent and Iops given, RDS creates io1. A modify
 * command without StorageType keeps the instance's current type, which the script does not show: none.
 */
function storageTypes(ctx: RuleContext, r: Resource): { type: string; c?: Candidate }[] {
  const p = ctx.prop(r, 'StorageType');
  if (!p.present) return r.complete ? [{ type: 'io1' }] : [];
  return p.candidates.flatMap((c) => {
    const t = asString(c.value)?.toLowerCase();
    return t ? [{ type: t, c }] : [];
  });
}

export default defineRule({
  id: 'ADB011',
  title: 'Iops outside the range of its storage type',
  severity: 'error',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'Provisioned IOPS must fit the storage type: io1 and io2 take 1,000–256,000 IOPS; gp3 takes its 3,000 IOPS baseline or ' +
    'provisioned IOPS up to 64,000 (extra IOPS only from 400 GiB, 200 GiB for Oracle). For io1 the ' +
    'IOPS must also be 0.5–50 times the allocated GiB (1–50 for SQL Server). Without StorageType, RDS uses io1 when Iops is given ' +
    '(a modify command without --storage-type keeps the current type, so it is not checked). Iops beside gp2 or magnetic ' +
    'storage is not reported: the AWS references do not say the request is rejected. ' +
    'Iops 0 (how a modify or restore moves an instance off Provisioned IOPS) is accepted. Change Iops or StorageType so the pair is valid. Only certain violations are reported: the instance-class maximum and the ' +
    'gp3 striping threshold depend on details the template may not show.',
  source: sourceOf(io, [...fact('rds.iops-gp3').sources, ...fact('rds.iops-ratio').sources],
    'The seed says gp3 3,000–16,000 IOPS and io1 up to 80,000 IOPS; RDS now documents gp3 up to 64,000 (striped volumes) and io1/io2 up to 256,000.'),
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inCluster(ctx, r)) continue;
      const iops = numbers(ctx.prop(r, 'Iops').candidates);
      if (!iops.length) continue;
      const name = settingName(r, 'Iops');
      const fam = family(ctx, r);
      const sizes = numbers(ctx.prop(r, 'AllocatedStorage').candidates);
      for (const { c, n } of iops) {
        // 0 means "no provisioned IOPS": how modify and restore calls move an instance off io1.
        if (n === 0) continue;
        for (const t of storageTypes(ctx, r)) {
          if (t.c && !compatible(c, t.c)) continue;
          const limit = iopsLimit(t.type);
          const related = t.c ? [{ span: t.c.site, message: `storage type ${t.type}` }] : [];
          // gp2 and magnetic (null) take no provisioned IOPS, but no AWS reference says RDS rejects the pair: no finding.
          if (!limit) continue;
          if (n < limit.min || n > limit.max) {
            // gp3 below the striping threshold takes no Iops at all: a value in range would still be rejected there.
            const gp3 = t.type === 'gp3' ? ' (below 400 GiB, 200 GiB for Oracle, gp3 takes no Iops: remove it there)' : '';
            ctx.report({ resource: r, at: c, message: `${name} ${n} is outside ${limit.min}–${limit.max} for ${t.type} storage: choose a value in that range${gp3}.`, related, also: t.c ? [t.c] : [] });
            break;
          }
          if (t.type !== 'io1') continue;
          const ratio = ratioLimit(fam);
          const bad = sizes.find((s) => compatible(c, s.c) && s.n > 0 && (n / s.n < ratio.min || n / s.n > ratio.max));
          if (bad) {
            ctx.report({
              resource: r, at: c,
              message: `${name} ${n} is ${+(n / bad.n).toFixed(2)} IOPS per GiB of ${bad.n} GiB: io1 takes ${ratio.min}–${ratio.max} per GiB, so change ${name} or the allocated storage.`,
              related: [...related, { span: bad.c.site, message: 'allocated storage' }],
              also: t.c ? [bad.c, t.c] : [bad.c],
            });
            break;
          }
        }
      }
    }
  },
});
