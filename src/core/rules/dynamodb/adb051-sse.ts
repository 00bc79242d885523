import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { inForm, settingName } from '../util';
import { GLOBAL_TABLE, TABLE } from './tables';
import { nestedBool } from './values';

const sse = fact('dynamodb.encryption-at-rest');

export default defineRule({
  id: 'ADB051',
  title: 'DynamoDB table encrypted with an AWS owned key',
  severity: 'info',
  services: ['dynamodb'],
  resourceTypes: [TABLE, GLOBAL_TABLE],
  description:
    'DynamoDB always encrypts data at rest. Without `SSESpecification` (or with `SSEEnabled: false`) it uses an AWS owned key: ' +
    'you cannot see it, audit its use in CloudTrail or revoke it. For sensitive data set `SSESpecification.SSEEnabled: true` with ' +
    '`SSEType: KMS` and a customer managed `KMSMasterKeyId` (on a global table, each replica names its key in `Replicas[].SSESpecification`). ' +
    'The key can be changed later without downtime. Information only: the default is encrypted.',
  source: { seed: 'seed [Security Considerations] Encryption: KMS customer-managed keys for sensitive data', urls: sse.sources },
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = settingName(r, 'SSESpecification');
      const fix = inForm(r, 'SSEEnabled true, SSEType KMS and a customer managed KMSMasterKeyId',
        `${name} Enabled=true,SSEType=KMS,KMSMasterKeyId=<key ARN>`, 'encryption: TableEncryption.CUSTOMER_MANAGED with an encryptionKey',
        'server_side_encryption { enabled = true } with a customer managed kms_key_arn');
      const outcomes = nestedBool(ctx, r.properties, 'SSESpecification', 'SSEEnabled', r.anchor);
      const unknown = outcomes.some((o) => o.state === 'unknown');
      for (const o of outcomes) {
        if (o.state === 'false') {
          ctx.report({ resource: r, at: o.at, message: `${r.form === 'terraform' ? settingName(r, 'SSESpecification.SSEEnabled') : 'SSEEnabled'} is false, so the table uses an AWS owned key: for sensitive data use ${fix}.` });
        } else if (o.state === 'missing' && r.complete && !unknown) {
          ctx.report({ resource: r, at: o.at, message: `${name} is not set, so the table uses an AWS owned key: for sensitive data use ${fix}.` });
        }
      }
    }
  },
});
