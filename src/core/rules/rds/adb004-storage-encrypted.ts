import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { engineOf, falseValues, isAuroraEngine, settingName } from '../util';
import { family, isReplica, isRestore } from './common';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const enc = fact('rds.encryption-at-rest');

export default defineRule({
  id: 'ADB004',
  title: 'RDS instance storage not encrypted',
  severity: 'warning',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'Encryption at rest can only be chosen when an RDS DB instance is created: an unencrypted instance must be ' +
    'copied to an encrypted snapshot and restored to fix it later. Set StorageEncrypted to true (and KmsKeyId for a customer-managed key). ' +
    'Aurora instances take encryption from their cluster (see ADB033) and are skipped here; so is a missing StorageEncrypted on ' +
    'RDS Custom, where the API accepts only true or unset.',
  source: { seed: enc.seed ?? undefined, urls: enc.sources },
  settingFixes: [
    { types: ['AWS::RDS::DBInstance'], path: 'StorageEncrypted', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const engine = engineOf(ctx, r);
      if (isAuroraEngine(engine) || ctx.prop(r, 'DBClusterIdentifier').present) continue;
      // A read replica, a snapshot or point-in-time restore inherits encryption from its source.
      if (isReplica(ctx, r) || isRestore(ctx, r)) continue;
      const name = settingName(r, 'StorageEncrypted');
      const p = ctx.prop(r, 'StorageEncrypted');
      const why = 'encryption cannot be turned on after creation for non-Aurora engines';
      if (!p.present) {
        // RDS Custom: StorageEncrypted must be true or left unset (the API rejects false), so unset is not unencrypted.
        if (r.complete && family(ctx, r) !== 'custom') ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so storage is unencrypted: ${setBool(r, 'StorageEncrypted', true)} (${why}).` });
        continue;
      }
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOff(r, 'StorageEncrypted')}: ${setBool(r, 'StorageEncrypted', true, { written: true })} (${why}).` });
    }
  },
});
