/**
 * Type tables the special fixes use. The setting fixes themselves live with their rules
 * (Rule.settingFixes, src/core/rules/setting-fix.ts), as do which rules take a special fix
 * (Rule.specialFix).
 */

/** Types whose service can manage the master password (ManageMasterUserPassword / --manage-master-user-password). */
export const MANAGED_PASSWORD_TYPES = new Set(['AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster']);

/** Types whose DeletionPolicy can be Snapshot (CloudFormation DeletionPolicy documentation); others take Retain. */
export const SNAPSHOT_TYPES = new Set([
  'AWS::RDS::DBInstance', 'AWS::RDS::DBCluster', 'AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster', 'AWS::Redshift::Cluster',
  'AWS::ElastiCache::CacheCluster', 'AWS::ElastiCache::ReplicationGroup', 'AWS::EC2::Volume',
]);
