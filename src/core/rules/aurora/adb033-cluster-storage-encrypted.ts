import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { engineOf, falseValues, isAuroraEngine, settingName } from '../util';
import { isOff, nameOf, turnOn } from '../other/phrases';
import { set } from '../setting-fix';

const enc = fact('aurora.encryption-at-rest');
const N = 'StorageEncrypted';
/** A source to inherit encryption from (snapshot, cluster, global database), or a KMS key that asks for encryption. */
const INHERITS = ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'ReplicationSourceIdentifier', 'GlobalClusterIdentifier', 'RestoreType', 'KmsKeyId'];

export default defineRule({
  id: 'ADB033',
  title: 'DB cluster storage not encrypted',
  severity: 'warning',
  services: ['aurora', 'rds'],
  resourceTypes: ['AWS::RDS::DBCluster'],
  description:
    'Encryption at rest is chosen when a DB cluster is created and cannot be turned on in place later: an unencrypted ' +
    'cluster has to be snapshotted and restored into a new, encrypted cluster. Set StorageEncrypted to true (and KmsKeyId ' +
    'for a customer-managed key). A missing StorageEncrypted is flagged on Multi-AZ DB clusters (non-Aurora engines), but ' +
    'not on Aurora clusters, which AWS encrypts by default with an AWS owned key since 18 February 2026, nor on clusters ' +
    'restored from a snapshot or source cluster or joining a global database, which inherit the source\'s encryption. An ' +
    'explicit `false` is flagged on every cluster: on Aurora it leaves only the AWS owned key, which you cannot manage, ' +
    'audit or use in key policies; the seed asks for KMS customer-managed keys for sensitive data.',
  source: {
    seed: enc.seed ?? undefined,
    urls: enc.sources,
    note: 'AWS (Aurora User Guide, Encrypting Amazon Aurora resources) now encrypts new Aurora clusters by default since 2026-02-18, so only an explicit false is flagged for Aurora; the seed says encryption must be enabled at creation.',
  },
  settingFixes: [
    { types: ['AWS::RDS::DBCluster'], path: 'StorageEncrypted', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = nameOf(r, N);
      const p = ctx.prop(r, 'StorageEncrypted');
      const engine = engineOf(ctx, r);
      // Since 2026-02-18 AWS encrypts new Aurora clusters with an AWS owned key even without StorageEncrypted.
      const kms = settingName(r, 'KmsKeyId');
      const message = isAuroraEngine(engine)
        ? `${isOff(r, N)}, so Aurora encrypts this cluster only with an AWS owned key, which you cannot manage or audit: ${turnOn(r, N)} (with ${kms} for a customer-managed key).`
        : `${isOff(r, N)}, so the cluster's storage is unencrypted, and encryption cannot be turned on in place after creation: ${turnOn(r, N)}.`;
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message });
      if (p.present || !r.complete || INHERITS.some((k) => ctx.prop(r, k).present)) continue;
      // Aurora encrypts new clusters by default; an unknown engine could be Aurora: no finding.
      if (engine === undefined || isAuroraEngine(engine)) continue;
      ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so this ${engine} Multi-AZ DB cluster is unencrypted: ${turnOn(r, N, false)} (it cannot be turned on after creation).` });
    }
  },
});
