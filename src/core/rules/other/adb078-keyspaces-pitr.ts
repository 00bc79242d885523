import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues } from '../util';
import { nameOf } from './phrases';
import { set } from '../setting-fix';

const pitr = fact('keyspaces.pitr');
const win = fact('keyspaces.pitr-window');

export default defineRule({
  id: 'ADB078',
  title: 'Amazon Keyspaces table without point-in-time recovery',
  severity: 'warning',
  services: ['keyspaces'],
  resourceTypes: ['AWS::Cassandra::Table'],
  description:
    'Point-in-time recovery gives an Amazon Keyspaces table continuous backups: restore to any second of the last 35 ' +
    'days, and recover a deleted table for 35 days, with no impact on performance. Tables created with CQL, the CLI or ' +
    'CloudFormation have it off unless PointInTimeRecoveryEnabled is true (only the console turns it on by default). ' +
    'Set PointInTimeRecoveryEnabled to true.',
  source: { urls: [...pitr.sources, ...win.sources], note: 'The seed does not cover Keyspaces backups; this follows the Keyspaces Developer Guide.' },
  settingFixes: [
    { types: ['AWS::Cassandra::Table'], path: 'PointInTimeRecoveryEnabled', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = r.form === 'aws-cli' ? '--point-in-time-recovery status=ENABLED' : nameOf(r, 'PointInTimeRecoveryEnabled');
      const p = ctx.prop(r, 'PointInTimeRecoveryEnabled');
      for (const c of falseValues(p.candidates)) {
        ctx.report({ resource: r, at: c, message: `${r.form === 'aws-cli' ? '--point-in-time-recovery status=DISABLED turns it off' : `${name} is false`}: enable it to keep 35 days of continuous backups.` });
      }
      if (!p.present && r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so point-in-time recovery is off: ${r.form === 'aws-cli' ? `add ${name}` : 'set it to true'} to keep 35 days of continuous backups.` });
    }
  },
});
