import { asString } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { set } from '../setting-fix';

const TRANSIT = 'https://docs.aws.amazon.com/amazondynamodb/latest/developerguide/DAXEncryptionInTransit.html';
const CONFIG = 'https://docs.aws.amazon.com/config/latest/developerguide/dax-tls-endpoint-encryption.html';
const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-dax-cluster.html';

export default defineRule({
  id: 'ADB157',
  title: 'DAX cluster without encryption in transit',
  severity: 'warning',
  services: ['dax'],
  resourceTypes: ['AWS::DAX::Cluster'],
  description:
    'A DAX cluster encrypts the traffic between the application and the cluster only with `ClusterEndpointEncryptionType: TLS` ' +
    '(`cluster_endpoint_encryption_type = "TLS"`, CLI `--cluster-endpoint-encryption-type TLS`); the default, NONE, serves ' +
    'unencrypted traffic inside the VPC. It can only be chosen when the cluster is created. Reported on an explicit NONE, and on ' +
    'a cluster that does not set it (AWS Config dax-tls-endpoint-encryption, Security Hub DynamoDB.7). Encryption at rest is ADB057.',
  source: { urls: [TRANSIT, CONFIG, CFN] },
  settingFixes: [{ types: ['AWS::DAX::Cluster'], path: 'ClusterEndpointEncryptionType', to: set('TLS'), insert: true }],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = settingName(r, 'ClusterEndpointEncryptionType');
      const p = ctx.prop(r, 'ClusterEndpointEncryptionType');
      if (!p.present) {
        if (r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so the DAX endpoint takes unencrypted traffic (NONE, the default): set it to TLS (only when the cluster is created).` });
        continue;
      }
      for (const c of p.candidates) {
        if (asString(c.value)?.toUpperCase() !== 'NONE') continue;
        ctx.report({ resource: r, at: c, message: `${name} is NONE, so the DAX endpoint takes unencrypted traffic: set it to TLS (only when the cluster is created).` });
      }
    }
  },
});
