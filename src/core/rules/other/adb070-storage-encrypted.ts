import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues } from '../util';
import { isOff, nameOf, turnOn } from './phrases';
import { DOCDB, NEPTUNE, RESTORE_PROPS, serviceName } from './doc-neptune';
import { set } from '../setting-fix';

const docdb = fact('documentdb.encryption-at-rest');
const neptune = fact('neptune.encryption-at-rest');
const N = 'StorageEncrypted';

export default defineRule({
  id: 'ADB070',
  title: 'DocumentDB or Neptune cluster storage not encrypted',
  severity: 'warning',
  services: ['documentdb', 'neptune'],
  resourceTypes: [DOCDB, NEPTUNE],
  description:
    'Amazon DocumentDB and Amazon Neptune encrypt a cluster\'s storage, backups and snapshots only when StorageEncrypted ' +
    'is true at creation; the API and CloudFormation default is unencrypted, and changing it later replaces the cluster ' +
    '(restore a snapshot into a new encrypted cluster). Set StorageEncrypted to true (KmsKeyId for a customer-managed ' +
    'key). A cluster restored from a snapshot or a source cluster inherits the source\'s encryption and is not flagged ' +
    'when StorageEncrypted is missing.',
  source: { seed: docdb.seed ?? undefined, urls: [...docdb.sources, ...neptune.sources] },
  settingFixes: [
    { types: ['AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster'], path: 'StorageEncrypted', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = nameOf(r, N);
      const p = ctx.prop(r, 'StorageEncrypted');
      for (const c of falseValues(p.candidates)) {
        ctx.report({ resource: r, at: c, message: `${isOff(r, N)}: ${turnOn(r, N)} (${serviceName(r)} encryption can only be chosen when the cluster is created).` });
      }
      if (p.present || !r.complete || RESTORE_PROPS.some((k) => ctx.prop(r, k).present)) continue;
      ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so this ${serviceName(r)} cluster is unencrypted: ${turnOn(r, N, false)} (it cannot be turned on after creation).` });
    }
  },
});
