import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues, settingName } from '../util';
import { family, inCluster, isReplica, isRestore, sourceOf } from './common';
import { isOff, setBool } from '../other/phrases';
import { set } from '../setting-fix';

const kms = fact('rds.kms-key-requires-encryption');

export default defineRule({
  id: 'ADB005',
  title: 'KmsKeyId set while StorageEncrypted is false',
  severity: 'error',
  services: ['rds'],
  resourceTypes: ['AWS::RDS::DBInstance'],
  description:
    'A KMS key is used only to encrypt storage: the CloudFormation reference says that with KmsKeyId you must set ' +
    'StorageEncrypted to true. Set StorageEncrypted to true, or remove KmsKeyId. In AWS CLI scripts only an explicit ' +
    '--no-storage-encrypted is reported: the RDS API reference does not say a missing --storage-encrypted is rejected. DB clusters are left to ADB033: since February 2026 AWS encrypts new Aurora ' +
    'clusters by default, so the combination is not certain to fail there. Read replicas, snapshot restores and Aurora member instances ' +
    'take encryption from their source or cluster and are skipped; so are RDS Custom engines, which need a key of their own.',
  source: sourceOf(kms),
  // The finding is on KmsKeyId; the answer is StorageEncrypted (set or added).
  settingFixes: [{ types: ['AWS::RDS::DBInstance'], on: 'KmsKeyId', path: 'StorageEncrypted', to: set(true) }],
  check(ctx) {
    for (const r of ctx.resources()) {
      if (inCluster(ctx, r) || isReplica(ctx, r) || isRestore(ctx, r)) continue;
      const key = ctx.prop(r, 'KmsKeyId');
      if (!key.present || (key.absent && key.candidates.length === 0 && !key.unknown)) continue;
      const keyName = settingName(r, 'KmsKeyId');
      const encName = settingName(r, 'StorageEncrypted');
      const enc = ctx.prop(r, 'StorageEncrypted');
      const at = key.entry ? key.entry.keySpan : r.anchor;
      if (!enc.present) {
        // The CloudFormation reference requires StorageEncrypted with KmsKeyId; the API reference (the CLI) says nothing: no finding there.
        if (r.complete && r.form !== 'aws-cli' && family(ctx, r) !== 'custom') {
          ctx.report({ resource: r, at, message: `${keyName} is set but ${encName} is not: ${setBool(r, 'StorageEncrypted', true, { named: true })} (the key is used only for encrypted storage).` });
        }
        continue;
      }
      for (const c of falseValues(enc.candidates)) {
        // `!If [Cond, key, !Ref AWS::NoValue]` beside `!If [Cond, true, false]`: no key in the unencrypted branch.
        const keyless = key.resolution.candidates.some((k) => k.noValue && k.condition && c.condition &&
          k.condition.name === c.condition.name && k.condition.branch === c.condition.branch);
        if (keyless) continue;
        ctx.report({
          resource: r, at,
          message: `${keyName} is set but ${isOff(r, 'StorageEncrypted')}: ${setBool(r, 'StorageEncrypted', true, { named: true, written: true })}, or remove ${keyName}.`,
          related: [{ span: c.site, message: `${isOff(r, 'StorageEncrypted')} here` }],
        });
      }
    }
  },
});
