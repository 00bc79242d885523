import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { numbers } from '../util';
import { DOCDB, NEPTUNE, serviceName } from './doc-neptune';
import { nameOf } from './phrases';
import { clamp } from '../setting-fix';

const docdb = fact('documentdb.backup-retention');
const neptune = fact('neptune.backup-retention');

export default defineRule({
  id: 'ADB071',
  title: 'DocumentDB or Neptune backup retention outside 1–35 days',
  severity: 'error',
  services: ['documentdb', 'neptune'],
  resourceTypes: [DOCDB, NEPTUNE],
  description:
    'DocumentDB and Neptune clusters keep continuous backups for 1 to 35 days (0 is not accepted, unlike RDS DB ' +
    'instances); the API rejects any other value. Set BackupRetentionPeriod from 1 to 35, 7 or more for production.',
  source: { seed: docdb.seed ?? undefined, urls: [...docdb.sources, ...neptune.sources] },
  settingFixes: [
    { types: ['AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster'], path: 'BackupRetentionPeriod', to: clamp(1, 35) },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = nameOf(r, 'BackupRetentionPeriod');
      for (const { c, n } of numbers(ctx.prop(r, 'BackupRetentionPeriod').candidates)) {
        if (n >= 1 && n <= 35 && Number.isInteger(n)) continue;
        ctx.report({ resource: r, at: c, message: `${name} ${n} is outside 1–35 days for a ${serviceName(r)} cluster: set 1–35 (7 or more for production).` });
      }
    }
  },
});
