import { asBool } from '../../resolve';
import { defineRule } from '../types';
import { isPrimaryInstance, isReplica } from '../rds/common';
import { PROVIDER_DOCS, tfSetting } from './common';

/** Terraform types with `skip_final_snapshot` (default false in the AWS provider), as the model's CloudFormation types. */
const LABELS: Record<string, string> = {
  'AWS::RDS::DBInstance': 'DB instance',
  'AWS::RDS::DBCluster': 'DB cluster',
  'AWS::DocDB::DBCluster': 'DocumentDB cluster',
  'AWS::Neptune::DBCluster': 'Neptune cluster',
  'AWS::Redshift::Cluster': 'Redshift cluster',
};

export default defineRule({
  id: 'ADB150',
  title: 'Terraform: skip_final_snapshot = true on a production database',
  severity: 'warning',
  services: ['rds', 'aurora', 'documentdb', 'neptune', 'redshift'],
  resourceTypes: Object.keys(LABELS),
  productionOnly: true,
  forms: ['terraform'],
  description:
    'When Terraform destroys a database (`terraform destroy`, the resource removed from the configuration, or a change that ' +
    'forces a replacement), the AWS provider deletes it with the `skip_final_snapshot` argument. With `true`, no final ' +
    'snapshot is taken: the data is gone once the automated backups are deleted with it. The provider\'s default is `false`, ' +
    'which takes a final snapshot named by `final_snapshot_identifier` (without one, the provider refuses the deletion: no data is lost). ' +
    'On a production `aws_db_instance`, `aws_rds_cluster`, `aws_docdb_cluster`, `aws_neptune_cluster` or `aws_redshift_cluster`, ' +
    'set `skip_final_snapshot = false` and a `final_snapshot_identifier`. Read replicas and cluster members are not reported ' +
    '(their data is a copy; RDS requires skipping the snapshot of a read replica). Provider arguments as documented for the AWS provider v5 and v6.',
  source: {
    urls: [
      `${PROVIDER_DOCS}db_instance#skip_final_snapshot-1`,
      `${PROVIDER_DOCS}rds_cluster#skip_final_snapshot-1`,
      `${PROVIDER_DOCS}docdb_cluster#skip_final_snapshot-1`,
      `${PROVIDER_DOCS}neptune_cluster#skip_final_snapshot-1`,
      `${PROVIDER_DOCS}redshift_cluster#skip_final_snapshot-1`,
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBInstance.html',
      'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_DeleteDBCluster.html',
    ],
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      const label = LABELS[r.type];
      if (!label) continue;
      if (r.type === 'AWS::RDS::DBInstance' ? !isPrimaryInstance(ctx, r) : isReplica(ctx, r)) continue;
      for (const c of tfSetting(ctx, r, 'skip_final_snapshot').candidates) {
        if (asBool(c.value) !== true) continue;
        ctx.report({
          resource: r, at: c,
          message: `skip_final_snapshot = true on a production ${label}: when Terraform destroys or replaces it, no final snapshot is taken and its data is lost. Set skip_final_snapshot = false with a final_snapshot_identifier.`,
        });
      }
    }
  },
});
