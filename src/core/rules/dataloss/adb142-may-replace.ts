import { defineRule } from '../types';
import { GUARD_NOTE, GUARDED, reportChanges, SERVICES, UPDATE_BEHAVIORS } from './common';

export default defineRule({
  id: 'ADB142',
  title: 'Edit may replace a database',
  severity: 'warning',
  services: SERVICES,
  resourceTypes: GUARDED,
  forms: ['cloudformation', 'cdk'],
  description:
    'The edit replaces the database only in some cases, and the finding says which: a property AWS documents as replacing under a ' +
    'condition this file cannot settle, a value that differs only in some Fn::If branch or for some parameter value, a parameter whose ' +
    'Default changed, or a new value that cannot be known here (a GetAtt, a computed CDK value). Documented conditions: adding an ' +
    'ElastiCache AuthToken; NumNodeGroups or NodeGroupConfiguration without UpdatePolicy UseOnlineResharding; an OpenSearch or ' +
    'Elasticsearch version without UpdatePolicy EnableVersionUpgrade; NumCacheNodes of a cache cluster without preferred Availability ' +
    'Zones; a different or removed DBSnapshotIdentifier. Properties AWS lists as conditional without documenting when they replace ' +
    '(RDS Engine, AvailabilityZone, MultiAZ, BackupRetentionPeriod, …) give no finding. ' + GUARD_NOTE,
  source: {
    urls: [
      UPDATE_BEHAVIORS,
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-elasticache-replicationgroup.html',
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-opensearchservice-domain.html',
    ],
  },
  check(ctx) {
    reportChanges(ctx, (c) => c.kind === 'may-replace');
  },
});
