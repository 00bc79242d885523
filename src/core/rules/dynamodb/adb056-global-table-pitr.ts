import { fact } from '../../../knowledge';
import { entry, get } from '../../model';
import { defineRule } from '../types';
import { inForm } from '../util';
import { GLOBAL_TABLE } from './tables';
import { mapItems, nestedBool } from './values';
import { set } from '../setting-fix';

const pitr = fact('dynamodb.pitr');
const gt = fact('dynamodb.global-tables');

export default defineRule({
  id: 'ADB056',
  title: 'Global table replica without point-in-time recovery',
  severity: 'warning',
  services: ['dynamodb'],
  resourceTypes: [GLOBAL_TABLE],
  description:
    'In an `AWS::DynamoDB::GlobalTable`, point-in-time recovery is set per replica (`Replicas[].PointInTimeRecoverySpecification`). ' +
    'A replica without it cannot be restored to an earlier second, and because writes replicate to every Region, a bad write or ' +
    'delete reaches all replicas: turn PITR on for every replica (`PointInTimeRecoveryEnabled: true`).',
  source: { seed: 'seed [Pattern 3]: Global Tables; Point-in-time recovery enabled (35-day retention)', urls: [...pitr.sources, ...gt.sources], note: pitr.seedSays },
  settingFixes: [
    { types: ['AWS::DynamoDB::GlobalTable'], path: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', to: set(true), insert: true, forms: ['cdk'] },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const reps = entry(r.properties, 'Replicas');
      if (!reps) continue;
      for (const rep of mapItems(reps.value).items) {
        const region = get(rep, 'Region');
        const where = region?.kind === 'scalar' ? ` in ${String(region.value)}` : '';
        const anchor = region ?? rep;
        const outcomes = nestedBool(ctx, rep, 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled', anchor);
        const fix = inForm(r, 'add PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true } to every replica',
          'run aws dynamodb update-continuous-backups --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true in every replica Region',
          'set pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true } (TableV2 applies it to every replica)');
        const unknown = outcomes.some((o) => o.state === 'unknown');
        for (const o of outcomes) {
          if (o.state === 'false') {
            ctx.report({ resource: r, at: o.at, message: `The replica${where} has point-in-time recovery off: set PointInTimeRecoveryEnabled to true on every replica.` });
          } else if (o.state === 'missing' && r.complete && !unknown) {
            ctx.report({ resource: r, at: o.at, message: `The replica${where} has no point-in-time recovery: ${fix}.` });
          }
        }
      }
    }
  },
});
