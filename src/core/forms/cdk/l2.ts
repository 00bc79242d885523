/** The L2 constructs the CDK reader knows, by `module.Class` (aws-cdk-lib module, class name). */
import type { L2Spec } from './l2-common';
import { DOCDB_CLUSTER, ELASTICSEARCH_DOMAIN, NEPTUNE_CLUSTER, OPENSEARCH_DOMAIN, TABLE, TABLE_V2 } from './l2-other';
import { RDS_L2 } from './l2-rds';

export const L2: Record<string, L2Spec> = {
  ...Object.fromEntries(Object.entries(RDS_L2).map(([k, v]) => [`aws-rds.${k}`, v])),
  'aws-dynamodb.Table': TABLE,
  'aws-dynamodb.TableV2': TABLE_V2,
  'aws-docdb.DatabaseCluster': DOCDB_CLUSTER,
  'aws-neptune-alpha.DatabaseCluster': NEPTUNE_CLUSTER,
  'aws-opensearchservice.Domain': OPENSEARCH_DOMAIN,
  'aws-elasticsearch.Domain': ELASTICSEARCH_DOMAIN,
  // Read for ADB021 (open database ports): ingress rules and attachment come from calls, see security-groups.ts.
  'aws-ec2.SecurityGroup': { type: 'AWS::EC2::SecurityGroup', props: {} },
};
