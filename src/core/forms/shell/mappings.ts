/**
 * Which CLI commands describe which CloudFormation resource, and how each flag maps onto a
 * CloudFormation property, so the rules written against CloudFormation names fire on scripts.
 * Spec strings: `flag=Path:kind`, kinds `b` switch, `i` integer, `s` string, `l` list of strings,
 * `j` shorthand/JSON structure or list (`j{Enabled>SSEEnabled}` renames keys to CloudFormation's).
 */

export interface PropMap {
  path: string;
  kind: 'b' | 'i' | 's' | 'l' | 'j';
  /** Structure keys renamed from the API's spelling to CloudFormation's. */
  rename?: Record<string, string>;
  /** A map value (`Key=Value,...`) written as CloudFormation's list of {Key, Value}. */
  tagMap?: boolean;
  /** `status=ENABLED` to a boolean (Keyspaces PITR). */
  statusFlag?: boolean;
}

export type OpKind = 'create' | 'restore' | 'modify';

export interface Target {
  type: string;
  /**
   * Operation -> what it does: `create` (an absent flag means the service default: the resource is
   * complete), `restore` (a restore or read replica: an absent flag means what the source had, which
   * the command does not show), `modify` (an absent flag means unchanged).
   */
  ops: Record<string, OpKind>;
  /** Flags that name the resource, first found wins. */
  ids: string[];
  props: Record<string, PropMap>;
}

function spec(s: string): Record<string, PropMap> {
  const out: Record<string, PropMap> = {};
  for (const item of s.trim().split(/\s+/)) {
    const m = /^([a-z0-9-]+)=([A-Za-z0-9.]+):([bislj])(?:\{([^}]*)\})?(\+tagmap|\+status)?$/.exec(item);
    if (!m) throw new Error(`bad mapping ${item}`);
    const p: PropMap = { path: m[2], kind: m[3] as PropMap['kind'] };
    if (m[4]) p.rename = Object.fromEntries(m[4].split(',').map((kv) => kv.split('>') as [string, string]));
    if (m[5] === '+tagmap') p.tagMap = true;
    if (m[5] === '+status') p.statusFlag = true;
    out[m[1]] = p;
  }
  return out;
}

// Restores and read replicas take their settings (encryption, billing mode, throughput, engine…) from the
// source snapshot, backup or instance; a `-from-s3` restore builds from files, so it is a create.
const RESTORE = /^(restore-(?!.*-from-s3$)|create-db-instance-read-replica$)/;
const ops = (create: string, modify = ''): Record<string, OpKind> => ({
  ...Object.fromEntries(create.split(/\s+/).filter(Boolean).map((o) => [o, RESTORE.test(o) ? 'restore' : 'create'])),
  ...Object.fromEntries(modify.split(/\s+/).filter(Boolean).map((o) => [o, 'modify'])),
});

const RDS_COMMON = `engine=Engine:s engine-version=EngineVersion:s master-username=MasterUsername:s master-user-password=MasterUserPassword:s
  manage-master-user-password=ManageMasterUserPassword:b master-user-secret-kms-key-id=MasterUserSecret.KmsKeyId:s
  storage-encrypted=StorageEncrypted:b kms-key-id=KmsKeyId:s backup-retention-period=BackupRetentionPeriod:i
  preferred-backup-window=PreferredBackupWindow:s preferred-maintenance-window=PreferredMaintenanceWindow:s
  db-subnet-group-name=DBSubnetGroupName:s port=Port:i deletion-protection=DeletionProtection:b
  enable-iam-database-authentication=EnableIAMDatabaseAuthentication:b enable-cloudwatch-logs-exports=EnableCloudwatchLogsExports:l
  copy-tags-to-snapshot=CopyTagsToSnapshot:b auto-minor-version-upgrade=AutoMinorVersionUpgrade:b storage-type=StorageType:s
  iops=Iops:i allocated-storage=AllocatedStorage:i publicly-accessible=PubliclyAccessible:b monitoring-interval=MonitoringInterval:i
  monitoring-role-arn=MonitoringRoleArn:s network-type=NetworkType:s tags=Tags:j`;

const CLUSTER_COMMON = `db-cluster-identifier=DBClusterIdentifier:s engine=Engine:s engine-version=EngineVersion:s
  master-username=MasterUsername:s master-user-password=MasterUserPassword:s storage-encrypted=StorageEncrypted:b kms-key-id=KmsKeyId:s
  backup-retention-period=BackupRetentionPeriod:i preferred-backup-window=PreferredBackupWindow:s
  preferred-maintenance-window=PreferredMaintenanceWindow:s db-subnet-group-name=DBSubnetGroupName:s
  vpc-security-group-ids=VpcSecurityGroupIds:l deletion-protection=DeletionProtection:b port=Port:i
  enable-cloudwatch-logs-exports=EnableCloudwatchLogsExports:l db-cluster-parameter-group-name=DBClusterParameterGroupName:s
  snapshot-identifier=SnapshotIdentifier:s source-db-cluster-identifier=SourceDBClusterIdentifier:s restore-type=RestoreType:s
  use-latest-restorable-time=UseLatestRestorableTime:b copy-tags-to-snapshot=CopyTagsToSnapshot:b storage-type=StorageType:s tags=Tags:j`;

/** By CLI service. */
export const TARGETS: Record<string, Target[]> = {
  rds: [
    {
      type: 'AWS::RDS::DBInstance',
      ops: ops('create-db-instance create-db-instance-read-replica restore-db-instance-from-db-snapshot restore-db-instance-to-point-in-time restore-db-instance-from-s3', 'modify-db-instance'),
      ids: ['db-instance-identifier', 'target-db-instance-identifier'],
      props: spec(`${RDS_COMMON} db-instance-identifier=DBInstanceIdentifier:s target-db-instance-identifier=DBInstanceIdentifier:s
        db-instance-class=DBInstanceClass:s max-allocated-storage=MaxAllocatedStorage:i storage-throughput=StorageThroughput:i
        multi-az=MultiAZ:b vpc-security-group-ids=VPCSecurityGroups:l db-security-groups=DBSecurityGroups:l
        enable-performance-insights=EnablePerformanceInsights:b performance-insights-retention-period=PerformanceInsightsRetentionPeriod:i
        performance-insights-kms-key-id=PerformanceInsightsKMSKeyId:s db-cluster-identifier=DBClusterIdentifier:s
        source-db-instance-identifier=SourceDBInstanceIdentifier:s db-snapshot-identifier=DBSnapshotIdentifier:s db-name=DBName:s
        availability-zone=AvailabilityZone:s db-parameter-group-name=DBParameterGroupName:s option-group-name=OptionGroupName:s
        license-model=LicenseModel:s ca-certificate-identifier=CACertificateIdentifier:s source-db-cluster-identifier=SourceDBClusterIdentifier:s
        restore-time=RestoreTime:s use-latest-restorable-time=UseLatestRestorableTime:b`),
    },
    {
      type: 'AWS::RDS::DBCluster',
      ops: ops('create-db-cluster restore-db-cluster-from-snapshot restore-db-cluster-to-point-in-time restore-db-cluster-from-s3', 'modify-db-cluster'),
      ids: ['db-cluster-identifier'],
      props: spec(`${CLUSTER_COMMON} manage-master-user-password=ManageMasterUserPassword:b engine-mode=EngineMode:s
        database-name=DatabaseName:s enable-iam-database-authentication=EnableIAMDatabaseAuthentication:b backtrack-window=BacktrackWindow:i
        global-cluster-identifier=GlobalClusterIdentifier:s serverless-v2-scaling-configuration=ServerlessV2ScalingConfiguration:j
        scaling-configuration=ScalingConfiguration:j db-cluster-instance-class=DBClusterInstanceClass:s allocated-storage=AllocatedStorage:i
        iops=Iops:i publicly-accessible=PubliclyAccessible:b enable-performance-insights=PerformanceInsightsEnabled:b
        replication-source-identifier=ReplicationSourceIdentifier:s restore-to-time=RestoreToTime:s enable-http-endpoint=EnableHttpEndpoint:b
        auto-minor-version-upgrade=AutoMinorVersionUpgrade:b monitoring-interval=MonitoringInterval:i network-type=NetworkType:s
        enable-global-write-forwarding=EnableGlobalWriteForwarding:b`),
    },
    {
      type: 'AWS::RDS::DBParameterGroup',
      ops: ops('create-db-parameter-group'),
      ids: ['db-parameter-group-name'],
      props: spec(`db-parameter-group-name=DBParameterGroupName:s db-parameter-group-family=Family:s description=Description:s tags=Tags:j`),
    },
    {
      type: 'AWS::RDS::DBClusterParameterGroup',
      ops: ops('create-db-cluster-parameter-group'),
      ids: ['db-cluster-parameter-group-name'],
      props: spec(`db-cluster-parameter-group-name=DBClusterParameterGroupName:s db-parameter-group-family=Family:s description=Description:s tags=Tags:j`),
    },
    {
      type: 'AWS::RDS::DBProxy',
      ops: ops('create-db-proxy', 'modify-db-proxy'),
      ids: ['db-proxy-name'],
      props: spec(`db-proxy-name=DBProxyName:s engine-family=EngineFamily:s auth=Auth:j role-arn=RoleArn:s vpc-subnet-ids=VpcSubnetIds:l
        vpc-security-group-ids=VpcSecurityGroupIds:l require-tls=RequireTLS:b idle-client-timeout=IdleClientTimeout:i
        debug-logging=DebugLogging:b tags=Tags:j`),
    },
    {
      type: 'AWS::RDS::GlobalCluster',
      ops: ops('create-global-cluster', 'modify-global-cluster'),
      ids: ['global-cluster-identifier'],
      props: spec(`global-cluster-identifier=GlobalClusterIdentifier:s engine=Engine:s engine-version=EngineVersion:s
        source-db-cluster-identifier=SourceDBClusterIdentifier:s storage-encrypted=StorageEncrypted:b deletion-protection=DeletionProtection:b`),
    },
  ],
  dynamodb: [
    {
      type: 'AWS::DynamoDB::Table',
      ops: ops('create-table restore-table-to-point-in-time restore-table-from-backup', 'update-table update-continuous-backups'),
      ids: ['table-name', 'target-table-name'],
      props: spec(`table-name=TableName:s target-table-name=TableName:s attribute-definitions=AttributeDefinitions:j key-schema=KeySchema:j
        billing-mode=BillingMode:s billing-mode-override=BillingMode:s provisioned-throughput=ProvisionedThroughput:j
        provisioned-throughput-override=ProvisionedThroughput:j global-secondary-index-override=GlobalSecondaryIndexes:j
        global-secondary-indexes=GlobalSecondaryIndexes:j local-secondary-indexes=LocalSecondaryIndexes:j
        sse-specification=SSESpecification:j{Enabled>SSEEnabled} sse-specification-override=SSESpecification:j{Enabled>SSEEnabled}
        stream-specification=StreamSpecification:j table-class=TableClass:s deletion-protection-enabled=DeletionProtectionEnabled:b
        point-in-time-recovery-specification=PointInTimeRecoverySpecification:j tags=Tags:j`),
    },
  ],
  dax: [
    {
      type: 'AWS::DAX::Cluster',
      ops: ops('create-cluster', 'increase-replication-factor decrease-replication-factor update-cluster'),
      ids: ['cluster-name'],
      props: spec(`cluster-name=ClusterName:s node-type=NodeType:s replication-factor=ReplicationFactor:i new-replication-factor=ReplicationFactor:i
        iam-role-arn=IAMRoleARN:s subnet-group-name=SubnetGroupName:s security-group-ids=SecurityGroupIds:l
        sse-specification=SSESpecification:j{Enabled>SSEEnabled} cluster-endpoint-encryption-type=ClusterEndpointEncryptionType:s
        parameter-group-name=ParameterGroupName:s availability-zones=AvailabilityZones:l tags=Tags:j`),
    },
  ],
  elasticache: [
    {
      type: 'AWS::ElastiCache::ReplicationGroup',
      ops: ops('create-replication-group', 'modify-replication-group'),
      ids: ['replication-group-id'],
      props: spec(`replication-group-id=ReplicationGroupId:s replication-group-description=ReplicationGroupDescription:s engine=Engine:s
        engine-version=EngineVersion:s cache-node-type=CacheNodeType:s num-node-groups=NumNodeGroups:i replicas-per-node-group=ReplicasPerNodeGroup:i
        num-cache-clusters=NumCacheClusters:i at-rest-encryption-enabled=AtRestEncryptionEnabled:b transit-encryption-enabled=TransitEncryptionEnabled:b
        transit-encryption-mode=TransitEncryptionMode:s auth-token=AuthToken:s automatic-failover-enabled=AutomaticFailoverEnabled:b
        multi-az-enabled=MultiAZEnabled:b snapshot-retention-limit=SnapshotRetentionLimit:i snapshot-window=SnapshotWindow:s
        user-group-ids=UserGroupIds:l user-group-ids-to-add=UserGroupIds:l kms-key-id=KmsKeyId:s cache-subnet-group-name=CacheSubnetGroupName:s
        security-group-ids=SecurityGroupIds:l preferred-maintenance-window=PreferredMaintenanceWindow:s
        cache-parameter-group-name=CacheParameterGroupName:s port=Port:i primary-cluster-id=PrimaryClusterId:s
        global-replication-group-id=GlobalReplicationGroupId:s cluster-mode=ClusterMode:s snapshot-arns=SnapshotArns:l
        snapshot-name=SnapshotName:s data-tiering-enabled=DataTieringEnabled:b tags=Tags:j`),
    },
    {
      type: 'AWS::ElastiCache::CacheCluster',
      ops: ops('create-cache-cluster', 'modify-cache-cluster'),
      ids: ['cache-cluster-id'],
      props: spec(`cache-cluster-id=ClusterName:s engine=Engine:s engine-version=EngineVersion:s cache-node-type=CacheNodeType:s
        num-cache-nodes=NumCacheNodes:i az-mode=AZMode:s snapshot-retention-limit=SnapshotRetentionLimit:i snapshot-window=SnapshotWindow:s
        snapshot-arns=SnapshotArns:l snapshot-name=SnapshotName:s transit-encryption-enabled=TransitEncryptionEnabled:b auth-token=AuthToken:s
        cache-subnet-group-name=CacheSubnetGroupName:s security-group-ids=VpcSecurityGroupIds:l port=Port:i
        preferred-maintenance-window=PreferredMaintenanceWindow:s cache-parameter-group-name=CacheParameterGroupName:s tags=Tags:j`),
    },
    {
      // CloudFormation has no name property: the name flag is the resource's id, which clusters name it by.
      type: 'AWS::ElastiCache::ParameterGroup',
      ops: ops('create-cache-parameter-group'),
      ids: ['cache-parameter-group-name'],
      props: spec('cache-parameter-group-family=CacheParameterGroupFamily:s description=Description:s tags=Tags:j'),
    },
  ],
  memorydb: [
    {
      type: 'AWS::MemoryDB::Cluster',
      ops: ops('create-cluster', 'update-cluster'),
      ids: ['cluster-name'],
      props: spec(`cluster-name=ClusterName:s node-type=NodeType:s engine=Engine:s engine-version=EngineVersion:s acl-name=ACLName:s
        tls-enabled=TLSEnabled:b num-shards=NumShards:i num-replicas-per-shard=NumReplicasPerShard:i kms-key-id=KmsKeyId:s
        snapshot-retention-limit=SnapshotRetentionLimit:i snapshot-window=SnapshotWindow:s subnet-group-name=SubnetGroupName:s
        security-group-ids=SecurityGroupIds:l data-tiering=DataTiering:b auto-minor-version-upgrade=AutoMinorVersionUpgrade:b
        parameter-group-name=ParameterGroupName:s tags=Tags:j`),
    },
    {
      type: 'AWS::MemoryDB::ParameterGroup',
      ops: ops('create-parameter-group'),
      ids: ['parameter-group-name'],
      props: spec('parameter-group-name=ParameterGroupName:s family=Family:s description=Description:s tags=Tags:j'),
    },
  ],
  docdb: [
    {
      type: 'AWS::DocDB::DBCluster',
      ops: ops('create-db-cluster restore-db-cluster-from-snapshot restore-db-cluster-to-point-in-time', 'modify-db-cluster'),
      ids: ['db-cluster-identifier'],
      props: spec(`${CLUSTER_COMMON} manage-master-user-password=ManageMasterUserPassword:b`),
    },
    {
      type: 'AWS::DocDB::DBInstance',
      ops: ops('create-db-instance', 'modify-db-instance'),
      ids: ['db-instance-identifier'],
      props: spec(`db-instance-identifier=DBInstanceIdentifier:s db-instance-class=DBInstanceClass:s db-cluster-identifier=DBClusterIdentifier:s
        availability-zone=AvailabilityZone:s preferred-maintenance-window=PreferredMaintenanceWindow:s
        auto-minor-version-upgrade=AutoMinorVersionUpgrade:b enable-performance-insights=EnablePerformanceInsights:b
        ca-certificate-identifier=CACertificateIdentifier:s tags=Tags:j`),
    },
  ],
  neptune: [
    {
      type: 'AWS::Neptune::DBCluster',
      ops: ops('create-db-cluster restore-db-cluster-from-snapshot restore-db-cluster-to-point-in-time', 'modify-db-cluster'),
      ids: ['db-cluster-identifier'],
      props: spec(`${CLUSTER_COMMON} enable-iam-database-authentication=IamAuthEnabled:b
        serverless-v2-scaling-configuration=ServerlessScalingConfiguration:j`),
    },
    {
      type: 'AWS::Neptune::DBInstance',
      ops: ops('create-db-instance', 'modify-db-instance'),
      ids: ['db-instance-identifier'],
      props: spec(`db-instance-identifier=DBInstanceIdentifier:s db-instance-class=DBInstanceClass:s db-cluster-identifier=DBClusterIdentifier:s
        availability-zone=AvailabilityZone:s auto-minor-version-upgrade=AutoMinorVersionUpgrade:b
        preferred-maintenance-window=PreferredMaintenanceWindow:s tags=Tags:j`),
    },
  ],
  dsql: [
    {
      type: 'AWS::DSQL::Cluster',
      ops: ops('create-cluster', 'update-cluster'),
      ids: ['identifier'],
      props: spec(`deletion-protection-enabled=DeletionProtectionEnabled:b kms-encryption-key=KmsEncryptionKey:s
        multi-region-properties=MultiRegionProperties:j{witnessRegion>WitnessRegion,clusters>Clusters} tags=Tags:j+tagmap`),
    },
  ],
  dms: [
    {
      type: 'AWS::DMS::ReplicationInstance',
      ops: ops('create-replication-instance', 'modify-replication-instance'),
      ids: ['replication-instance-identifier', 'replication-instance-arn'],
      props: spec(`replication-instance-identifier=ReplicationInstanceIdentifier:s replication-instance-class=ReplicationInstanceClass:s
        allocated-storage=AllocatedStorage:i vpc-security-group-ids=VpcSecurityGroupIds:l
        replication-subnet-group-identifier=ReplicationSubnetGroupIdentifier:s multi-az=MultiAZ:b engine-version=EngineVersion:s
        publicly-accessible=PubliclyAccessible:b kms-key-id=KmsKeyId:s auto-minor-version-upgrade=AutoMinorVersionUpgrade:b
        preferred-maintenance-window=PreferredMaintenanceWindow:s availability-zone=AvailabilityZone:s network-type=NetworkType:s tags=Tags:j`),
    },
    {
      type: 'AWS::DMS::Endpoint',
      ops: ops('create-endpoint', 'modify-endpoint'),
      ids: ['endpoint-identifier', 'endpoint-arn'],
      props: spec(`endpoint-identifier=EndpointIdentifier:s endpoint-type=EndpointType:s engine-name=EngineName:s username=Username:s
        password=Password:s server-name=ServerName:s port=Port:i database-name=DatabaseName:s ssl-mode=SslMode:s kms-key-id=KmsKeyId:s
        certificate-arn=CertificateArn:s extra-connection-attributes=ExtraConnectionAttributes:s tags=Tags:j`),
    },
    {
      type: 'AWS::DMS::ReplicationTask',
      ops: ops('create-replication-task', 'modify-replication-task'),
      ids: ['replication-task-identifier', 'replication-task-arn'],
      props: spec(`replication-task-identifier=ReplicationTaskIdentifier:s migration-type=MigrationType:s
        replication-instance-arn=ReplicationInstanceArn:s source-endpoint-arn=SourceEndpointArn:s target-endpoint-arn=TargetEndpointArn:s
        table-mappings=TableMappings:s replication-task-settings=ReplicationTaskSettings:s tags=Tags:j`),
    },
  ],
  redshift: [
    {
      type: 'AWS::Redshift::Cluster',
      ops: ops('create-cluster restore-from-cluster-snapshot', 'modify-cluster'),
      ids: ['cluster-identifier'],
      props: spec(`cluster-identifier=ClusterIdentifier:s node-type=NodeType:s cluster-type=ClusterType:s number-of-nodes=NumberOfNodes:i
        master-username=MasterUsername:s master-user-password=MasterUserPassword:s manage-master-password=ManageMasterPassword:b
        encrypted=Encrypted:b publicly-accessible=PubliclyAccessible:b kms-key-id=KmsKeyId:s db-name=DBName:s port=Port:i
        automated-snapshot-retention-period=AutomatedSnapshotRetentionPeriod:i tags=Tags:j`),
    },
  ],
  opensearch: [
    {
      type: 'AWS::OpenSearchService::Domain',
      ops: ops('create-domain', 'update-domain-config'),
      ids: ['domain-name'],
      props: spec(`domain-name=DomainName:s engine-version=EngineVersion:s encryption-at-rest-options=EncryptionAtRestOptions:j
        node-to-node-encryption-options=NodeToNodeEncryptionOptions:j domain-endpoint-options=DomainEndpointOptions:j
        cluster-config=ClusterConfig:j ebs-options=EBSOptions:j tag-list=Tags:j`),
    },
  ],
  keyspaces: [
    {
      type: 'AWS::Cassandra::Table',
      ops: ops('create-table', 'update-table'),
      ids: ['table-name'],
      props: spec(`keyspace-name=KeyspaceName:s table-name=TableName:s point-in-time-recovery=PointInTimeRecoveryEnabled:j+status tags=Tags:j`),
    },
  ],
  'timestream-write': [
    {
      type: 'AWS::Timestream::Database',
      ops: ops('create-database', 'update-database'),
      ids: ['database-name'],
      props: spec('database-name=DatabaseName:s kms-key-id=KmsKeyId:s tags=Tags:j'),
    },
    {
      type: 'AWS::Timestream::Table',
      ops: ops('create-table', 'update-table'),
      ids: ['table-name'],
      props: spec('database-name=DatabaseName:s table-name=TableName:s tags=Tags:j'),
    },
  ],
  qldb: [
    {
      type: 'AWS::QLDB::Ledger',
      ops: ops('create-ledger', 'update-ledger'),
      ids: ['name'],
      props: spec('name=Name:s permissions-mode=PermissionsMode:s deletion-protection=DeletionProtection:b kms-key=KmsKey:s tags=Tags:j+tagmap'),
    },
  ],
};

/** The target of a service's operation, if it describes a resource. */
export function targetOf(service: string, operation: string): Target | undefined {
  return TARGETS[service]?.find((t) => operation in t.ops);
}
