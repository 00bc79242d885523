import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { inForm } from '../util';
import { sameNamed, TABLE } from './tables';
import { nestedBool } from './values';
import { set } from '../setting-fix';

const pitr = fact('dynamodb.pitr');

export default defineRule({
  id: 'ADB050',
  title: 'DynamoDB table without point-in-time recovery',
  severity: 'warning',
  services: ['dynamodb'],
  resourceTypes: [TABLE],
  description:
    'Point-in-time recovery (PITR) keeps continuous backups of a table and restores it to any second of the last 1–35 days ' +
    '(35 by default). It is off unless `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled` is true, so an accidental ' +
    'delete or a bad batch write cannot be undone. Turn it on for every table that holds data you cannot rebuild; it is billed on table size. ' +
    'With the AWS CLI, `create-table` has no PITR option: run `aws dynamodb update-continuous-backups --point-in-time-recovery-specification ' +
    'PointInTimeRecoveryEnabled=true` after creating the table. Replicas of an `AWS::DynamoDB::GlobalTable` are checked by ADB056.',
  source: { seed: 'seed [NoSQL Databases] Backup; [Pattern 3]', urls: pitr.sources, note: pitr.seedSays },
  settingFixes: [
    { types: ['AWS::DynamoDB::Table'], path: 'PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const fix = inForm(r, 'set PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled to true',
        'run aws dynamodb update-continuous-backups --point-in-time-recovery-specification PointInTimeRecoveryEnabled=true (create-table has no PITR option)',
        'set pointInTimeRecoverySpecification: { pointInTimeRecoveryEnabled: true }', 'set point_in_time_recovery { enabled = true }');
      const outcomes = nestedBool(ctx, r.properties, 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled', r.anchor);
      const unknown = outcomes.some((o) => o.state === 'unknown');
      // A later command in the same script (update-continuous-backups) may turn PITR on.
      const enabledElsewhere = sameNamed(ctx, r).some((o) =>
        nestedBool(ctx, o.properties, 'PointInTimeRecoverySpecification', 'PointInTimeRecoveryEnabled', o.anchor).some((x) => x.state === 'true'));
      for (const o of outcomes) {
        if (o.state === 'false' && !enabledElsewhere) {
          ctx.report({ resource: r, at: o.at, message: `Point-in-time recovery is off: ${fix} so the table can be restored to any second of the last 35 days.` });
        } else if (o.state === 'missing' && r.complete && !unknown && !enabledElsewhere) {
          ctx.report({ resource: r, at: o.at, message: `Point-in-time recovery is not enabled: ${fix} so the table can be restored to any second of the last 35 days.` });
        }
      }
    }
  },
});
