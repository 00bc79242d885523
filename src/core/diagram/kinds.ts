/**
 * Which CloudFormation resources the template diagram draws, as what kind of node, and what a
 * reference held in a given property means. Pure data.
 */
import type { NodeKind } from './graph';

/** Services whose every resource is drawn (databases, caches, migration). */
const DATABASE_FAMILIES = /^AWS::(RDS|DocDB|DocDBElastic|Neptune|NeptuneGraph|DynamoDB|DAX|ElastiCache|MemoryDB|DMS|DSQL|Redshift|RedshiftServerless|Timestream|Cassandra|QLDB|OpenSearchService)::/;

const KIND_BY_TYPE: Record<string, NodeKind> = {
  'AWS::RDS::DBInstance': 'instance',
  'AWS::RDS::DBCluster': 'cluster',
  'AWS::RDS::GlobalCluster': 'global',
  'AWS::RDS::DBProxy': 'proxy',
  'AWS::RDS::DBProxyTargetGroup': 'proxy',
  'AWS::RDS::DBProxyEndpoint': 'proxy',
  'AWS::RDS::DBSubnetGroup': 'subnet-group',
  'AWS::RDS::DBParameterGroup': 'parameter-group',
  'AWS::RDS::DBClusterParameterGroup': 'parameter-group',
  'AWS::RDS::OptionGroup': 'parameter-group',
  'AWS::DocDB::DBCluster': 'cluster',
  'AWS::DocDB::DBInstance': 'instance',
  'AWS::DocDB::DBSubnetGroup': 'subnet-group',
  'AWS::DocDB::DBClusterParameterGroup': 'parameter-group',
  'AWS::Neptune::DBCluster': 'cluster',
  'AWS::Neptune::DBInstance': 'instance',
  'AWS::Neptune::DBSubnetGroup': 'subnet-group',
  'AWS::Neptune::DBParameterGroup': 'parameter-group',
  'AWS::Neptune::DBClusterParameterGroup': 'parameter-group',
  'AWS::DynamoDB::Table': 'table',
  'AWS::DynamoDB::GlobalTable': 'global',
  'AWS::DAX::Cluster': 'cache',
  'AWS::DAX::SubnetGroup': 'subnet-group',
  'AWS::DAX::ParameterGroup': 'parameter-group',
  'AWS::ElastiCache::CacheCluster': 'cache',
  'AWS::ElastiCache::ReplicationGroup': 'cache',
  'AWS::ElastiCache::ServerlessCache': 'cache',
  'AWS::ElastiCache::GlobalReplicationGroup': 'global',
  'AWS::ElastiCache::SubnetGroup': 'subnet-group',
  'AWS::ElastiCache::ParameterGroup': 'parameter-group',
  'AWS::MemoryDB::Cluster': 'cache',
  'AWS::MemoryDB::SubnetGroup': 'subnet-group',
  'AWS::MemoryDB::ParameterGroup': 'parameter-group',
  'AWS::DMS::ReplicationInstance': 'migration',
  'AWS::DMS::ReplicationTask': 'migration',
  'AWS::DMS::Endpoint': 'migration',
  'AWS::DMS::ReplicationSubnetGroup': 'subnet-group',
  'AWS::DMS::ReplicationConfig': 'migration',
  'AWS::DSQL::Cluster': 'database',
  'AWS::Redshift::Cluster': 'database',
  'AWS::EC2::SecurityGroup': 'security-group',
};

/** True for a resource type the diagram draws in its own right (security groups come in when referenced). */
export function isDatabaseType(type: string): boolean {
  return DATABASE_FAMILIES.test(type);
}

/** The node kind for a type. */
export function kindOf(type: string): NodeKind {
  return KIND_BY_TYPE[type] ?? (isDatabaseType(type) ? 'database' : 'other');
}

/** What a reference in this property means; plain references keep the property name. */
const ROLE_BY_PROPERTY: Record<string, string> = {
  DBClusterIdentifier: 'member of',
  SourceDBInstanceIdentifier: 'replica of',
  SourceDBClusterIdentifier: 'replica of',
  ReplicationSourceIdentifier: 'replica of',
  SourceDBInstanceAutomatedBackupsArn: 'restored from',
  GlobalClusterIdentifier: 'in global cluster',
  SourceDBClusterIdentifierGlobal: 'in global cluster',
  DBSubnetGroupName: 'subnet group',
  CacheSubnetGroupName: 'subnet group',
  SubnetGroupName: 'subnet group',
  ReplicationSubnetGroupIdentifier: 'subnet group',
  VPCSecurityGroups: 'security group',
  VpcSecurityGroupIds: 'security group',
  SecurityGroupIds: 'security group',
  DBSecurityGroups: 'security group',
  CacheSecurityGroupNames: 'security group',
  DBProxyName: 'target group of',
  DBInstanceIdentifiers: 'proxy target',
  DBClusterIdentifiers: 'proxy target',
  DBParameterGroupName: 'parameter group',
  DBClusterParameterGroupName: 'parameter group',
  DBInstanceParameterGroupName: 'parameter group',
  CacheParameterGroupName: 'parameter group',
  ParameterGroupName: 'parameter group',
  OptionGroupName: 'option group',
  PrimaryClusterId: 'primary',
  ReplicationGroupId: 'member of',
  ReplicationInstanceArn: 'runs on',
  SourceEndpointArn: 'source',
  TargetEndpointArn: 'target',
  SourceSecurityGroupId: 'ingress from',
  SecurityGroupIngress: 'ingress from',
  GroupId: 'ingress to',
};

/** Role of a reference held in `property`, and whether the role is structural (drawn solid). */
export function roleOf(property: string): { label: string; strong: boolean } {
  const role = ROLE_BY_PROPERTY[property];
  return role ? { label: role, strong: true } : { label: property, strong: false };
}
