/**
 * The AWS provider's database resources as CloudFormation resources: each Terraform argument (and
 * each argument of a nested block) named by the CloudFormation property it sets, so every rule written
 * for templates reads Terraform too, and messages name the argument back (names.ts). Repeated blocks
 * (`attribute`, `global_secondary_index`, `ingress`, `auth`, `parameter`) become the lists
 * CloudFormation writes. Argument names are those of the AWS provider's documentation
 * (https://registry.terraform.io/providers/hashicorp/aws/latest/docs, v6 line).
 *
 * Defaults: an absent argument is the service's default, as an absent property is in a template,
 * except where the provider sends its own (schema `Default`) and that differs from the service's:
 * `publicly_accessible` of `aws_db_instance`, `aws_rds_cluster_instance` and
 * `aws_dms_replication_instance` is `false` (the API's default depends on the subnets, and is true
 * for DMS). `backup_retention_period` of `aws_db_instance` is documented as "Default is 0", but the
 * provider's schema is Optional+Computed (it sends nothing, so RDS's default of 1 day applies): left absent.
 * These hold for the provider's v6 line (schema 6.25.0 in data/terraform-schema; its v6.0.0 upgrade guide
 * changed only `aws_redshift_cluster`'s `publicly_accessible` default, to false, which the reader does not
 * write: ADB077 reports only an explicit true). docs/terraform.md ("Terraform's own defaults") lists each
 * default beside the service's, with the documentation it was read in.
 */
import type { ScalarValue } from '../../model';

/** A Terraform argument: the CloudFormation path it sets, or a value translation. */
export type ArgSpec = string | { path: string; values?: Record<string, ScalarValue> };

export interface BlockSpec {
  /** CloudFormation path of the block ('' when its arguments set top-level properties). */
  path: string;
  args: Record<string, ArgSpec>;
  blocks?: Record<string, BlockSpec>;
  /** Repeated blocks: each block is one item of the list at `path` (its arguments relative to the item). */
  list?: boolean;
  /** Fixed properties of each list item (e.g. `KeyType: HASH`). */
  fixed?: Record<string, ScalarValue>;
}

export interface ResourceSpec {
  type: string;
  args: Record<string, ArgSpec>;
  blocks?: Record<string, BlockSpec>;
  /** The provider's own defaults that differ from the service's (CloudFormation path -> value). */
  defaults?: Record<string, ScalarValue>;
  /** Special readers (key schemas, security group rules) by name; see reader.ts. */
  special?: 'dynamodb-keys' | 'security-group' | 'security-group-rule' | 'ingress-rule' | 'parameters';
}

const PROVIDER = 'https://registry.terraform.io/providers/hashicorp/aws/latest/docs/resources/';
/** Where the defaults above are documented, by resource type. */
export const DEFAULT_SOURCES: Record<string, string> = {
  aws_db_instance: `${PROVIDER}db_instance`,
  aws_rds_cluster_instance: `${PROVIDER}rds_cluster_instance`,
  aws_dms_replication_instance: `${PROVIDER}dms_replication_instance`,
};

const tags = { tags: 'Tags' };

const RDS_INSTANCE_COMMON: Record<string, ArgSpec> = {
  identifier: 'DBInstanceIdentifier', instance_class: 'DBInstanceClass', engine: 'Engine', engine_version: 'EngineVersion',
  availability_zone: 'AvailabilityZone', auto_minor_version_upgrade: 'AutoMinorVersionUpgrade', ca_cert_identifier: 'CACertificateIdentifier',
  copy_tags_to_snapshot: 'CopyTagsToSnapshot', db_subnet_group_name: 'DBSubnetGroupName', monitoring_interval: 'MonitoringInterval',
  monitoring_role_arn: 'MonitoringRoleArn', performance_insights_enabled: 'EnablePerformanceInsights',
  performance_insights_kms_key_id: 'PerformanceInsightsKMSKeyId', performance_insights_retention_period: 'PerformanceInsightsRetentionPeriod',
  publicly_accessible: 'PubliclyAccessible', ...tags,
};

const RDS_CLUSTER_COMMON: Record<string, ArgSpec> = {
  cluster_identifier: 'DBClusterIdentifier', engine_version: 'EngineVersion', storage_encrypted: 'StorageEncrypted',
  backup_retention_period: 'BackupRetentionPeriod', preferred_backup_window: 'PreferredBackupWindow',
  preferred_maintenance_window: 'PreferredMaintenanceWindow', deletion_protection: 'DeletionProtection',
  vpc_security_group_ids: 'VpcSecurityGroupIds', db_subnet_group_name: 'DBSubnetGroupName',
  db_cluster_parameter_group_name: 'DBClusterParameterGroupName', snapshot_identifier: 'SnapshotIdentifier', port: 'Port',
  global_cluster_identifier: 'GlobalClusterIdentifier', master_username: 'MasterUsername', master_password: 'MasterUserPassword',
  manage_master_user_password: 'ManageMasterUserPassword', availability_zones: 'AvailabilityZones', copy_tags_to_snapshot: 'CopyTagsToSnapshot',
  storage_type: 'StorageType', ...tags,
};

const withoutKey = <T>(o: Record<string, T>, k: string): Record<string, T> => Object.fromEntries(Object.entries(o).filter(([x]) => x !== k));

export const RESOURCES: Record<string, ResourceSpec> = {
  aws_db_instance: {
    type: 'AWS::RDS::DBInstance',
    args: {
      ...RDS_INSTANCE_COMMON, allocated_storage: 'AllocatedStorage', max_allocated_storage: 'MaxAllocatedStorage', db_name: 'DBName',
      username: 'MasterUsername', password: 'MasterUserPassword', manage_master_user_password: 'ManageMasterUserPassword',
      master_user_secret_kms_key_id: 'MasterUserSecret.KmsKeyId', storage_encrypted: 'StorageEncrypted', kms_key_id: 'KmsKeyId',
      storage_type: 'StorageType', iops: 'Iops', storage_throughput: 'StorageThroughput', backup_retention_period: 'BackupRetentionPeriod',
      backup_window: 'PreferredBackupWindow', maintenance_window: 'PreferredMaintenanceWindow', multi_az: 'MultiAZ',
      deletion_protection: 'DeletionProtection', iam_database_authentication_enabled: 'EnableIAMDatabaseAuthentication',
      enabled_cloudwatch_logs_exports: 'EnableCloudwatchLogsExports', vpc_security_group_ids: 'VPCSecurityGroups',
      parameter_group_name: 'DBParameterGroupName', option_group_name: 'OptionGroupName', replicate_source_db: 'SourceDBInstanceIdentifier',
      snapshot_identifier: 'DBSnapshotIdentifier', port: 'Port', allow_major_version_upgrade: 'AllowMajorVersionUpgrade',
      delete_automated_backups: 'DeleteAutomatedBackups', license_model: 'LicenseModel', engine_lifecycle_support: 'EngineLifecycleSupport',
      network_type: 'NetworkType', custom_iam_instance_profile: 'CustomIAMInstanceProfile', character_set_name: 'CharacterSetName',
      timezone: 'Timezone', dedicated_log_volume: 'DedicatedLogVolume', domain: 'Domain',
    },
    blocks: {
      restore_to_point_in_time: {
        path: '', args: {
          restore_time: 'RestoreTime', use_latest_restorable_time: 'UseLatestRestorableTime', source_db_instance_identifier: 'SourceDBInstanceIdentifier',
          source_dbi_resource_id: 'SourceDbiResourceId', source_db_instance_automated_backups_arn: 'SourceDBInstanceAutomatedBackupsArn',
        },
      },
    },
    defaults: { PubliclyAccessible: false },
  },
  aws_rds_cluster: {
    type: 'AWS::RDS::DBCluster',
    args: {
      ...RDS_CLUSTER_COMMON, engine: 'Engine', engine_mode: 'EngineMode', database_name: 'DatabaseName', kms_key_id: 'KmsKeyId',
      iam_database_authentication_enabled: 'EnableIAMDatabaseAuthentication', enabled_cloudwatch_logs_exports: 'EnableCloudwatchLogsExports',
      backtrack_window: 'BacktrackWindow', replication_source_identifier: 'ReplicationSourceIdentifier', allocated_storage: 'AllocatedStorage',
      iops: 'Iops', db_cluster_instance_class: 'DBClusterInstanceClass', performance_insights_enabled: 'PerformanceInsightsEnabled',
      network_type: 'NetworkType', engine_lifecycle_support: 'EngineLifecycleSupport', enable_http_endpoint: 'EnableHttpEndpoint',
      master_user_secret_kms_key_id: 'MasterUserSecret.KmsKeyId', source_region: 'SourceRegion',
    },
    blocks: {
      serverlessv2_scaling_configuration: { path: 'ServerlessV2ScalingConfiguration', args: { min_capacity: 'MinCapacity', max_capacity: 'MaxCapacity', seconds_until_auto_pause: 'SecondsUntilAutoPause' } },
      scaling_configuration: { path: 'ScalingConfiguration', args: { auto_pause: 'AutoPause', min_capacity: 'MinCapacity', max_capacity: 'MaxCapacity', seconds_until_auto_pause: 'SecondsUntilAutoPause', timeout_action: 'TimeoutAction' } },
      restore_to_point_in_time: { path: '', args: { source_cluster_identifier: 'SourceDBClusterIdentifier', restore_type: 'RestoreType', use_latest_restorable_time: 'UseLatestRestorableTime', restore_to_time: 'RestoreToTime' } },
    },
  },
  aws_rds_cluster_instance: {
    type: 'AWS::RDS::DBInstance',
    args: { ...RDS_INSTANCE_COMMON, cluster_identifier: 'DBClusterIdentifier', db_parameter_group_name: 'DBParameterGroupName', promotion_tier: 'PromotionTier' },
    defaults: { PubliclyAccessible: false },
  },
  aws_rds_global_cluster: {
    type: 'AWS::RDS::GlobalCluster',
    args: {
      global_cluster_identifier: 'GlobalClusterIdentifier', engine: 'Engine', engine_version: 'EngineVersion', storage_encrypted: 'StorageEncrypted',
      deletion_protection: 'DeletionProtection', source_db_cluster_identifier: 'SourceDBClusterIdentifier', engine_lifecycle_support: 'EngineLifecycleSupport', ...tags,
    },
  },
  aws_db_proxy: {
    type: 'AWS::RDS::DBProxy',
    args: {
      name: 'DBProxyName', engine_family: 'EngineFamily', require_tls: 'RequireTLS', idle_client_timeout: 'IdleClientTimeout', debug_logging: 'DebugLogging',
      role_arn: 'RoleArn', vpc_security_group_ids: 'VpcSecurityGroupIds', vpc_subnet_ids: 'VpcSubnetIds', ...tags,
    },
    blocks: { auth: { path: 'Auth', list: true, args: { auth_scheme: 'AuthScheme', iam_auth: 'IAMAuth', secret_arn: 'SecretArn', client_password_auth_type: 'ClientPasswordAuthType', description: 'Description' } } },
  },
  aws_db_parameter_group: { type: 'AWS::RDS::DBParameterGroup', args: { name: 'DBParameterGroupName', family: 'Family', description: 'Description', ...tags }, special: 'parameters' },
  aws_rds_cluster_parameter_group: { type: 'AWS::RDS::DBClusterParameterGroup', args: { name: 'DBClusterParameterGroupName', family: 'Family', description: 'Description', ...tags }, special: 'parameters' },
  aws_dynamodb_table: {
    type: 'AWS::DynamoDB::Table',
    args: {
      name: 'TableName', billing_mode: 'BillingMode', read_capacity: 'ProvisionedThroughput.ReadCapacityUnits', write_capacity: 'ProvisionedThroughput.WriteCapacityUnits',
      stream_view_type: 'StreamSpecification.StreamViewType', deletion_protection_enabled: 'DeletionProtectionEnabled', table_class: 'TableClass', ...tags,
    },
    blocks: {
      point_in_time_recovery: { path: 'PointInTimeRecoverySpecification', args: { enabled: 'PointInTimeRecoveryEnabled', recovery_period_in_days: 'RecoveryPeriodInDays' } },
      server_side_encryption: { path: 'SSESpecification', args: { enabled: 'SSEEnabled', kms_key_arn: 'KMSMasterKeyId' } },
      ttl: { path: 'TimeToLiveSpecification', args: { attribute_name: 'AttributeName', enabled: 'Enabled' } },
      attribute: { path: 'AttributeDefinitions', list: true, args: { name: 'AttributeName', type: 'AttributeType' } },
    },
    special: 'dynamodb-keys',
  },
  aws_dynamodb_global_table: { type: 'AWS::DynamoDB::GlobalTable', args: { name: 'TableName' }, blocks: { replica: { path: 'Replicas', list: true, args: { region_name: 'Region' } } } },
  aws_dax_cluster: {
    type: 'AWS::DAX::Cluster',
    args: {
      cluster_name: 'ClusterName', node_type: 'NodeType', replication_factor: 'ReplicationFactor', iam_role_arn: 'IAMRoleARN',
      cluster_endpoint_encryption_type: 'ClusterEndpointEncryptionType', security_group_ids: 'SecurityGroupIds', subnet_group_name: 'SubnetGroupName',
      parameter_group_name: 'ParameterGroupName', availability_zones: 'AvailabilityZones', maintenance_window: 'PreferredMaintenanceWindow', ...tags,
    },
    blocks: { server_side_encryption: { path: 'SSESpecification', args: { enabled: 'SSEEnabled' } } },
  },
  aws_elasticache_replication_group: {
    type: 'AWS::ElastiCache::ReplicationGroup',
    args: {
      replication_group_id: 'ReplicationGroupId', description: 'ReplicationGroupDescription', engine: 'Engine', engine_version: 'EngineVersion',
      node_type: 'CacheNodeType', num_cache_clusters: 'NumCacheClusters', num_node_groups: 'NumNodeGroups', replicas_per_node_group: 'ReplicasPerNodeGroup',
      automatic_failover_enabled: 'AutomaticFailoverEnabled', multi_az_enabled: 'MultiAZEnabled', at_rest_encryption_enabled: 'AtRestEncryptionEnabled',
      transit_encryption_enabled: 'TransitEncryptionEnabled', transit_encryption_mode: 'TransitEncryptionMode', auth_token: 'AuthToken', kms_key_id: 'KmsKeyId',
      snapshot_retention_limit: 'SnapshotRetentionLimit', snapshot_window: 'SnapshotWindow', maintenance_window: 'PreferredMaintenanceWindow',
      parameter_group_name: 'CacheParameterGroupName', subnet_group_name: 'CacheSubnetGroupName', security_group_ids: 'SecurityGroupIds', port: 'Port',
      cluster_mode: 'ClusterMode', global_replication_group_id: 'GlobalReplicationGroupId', user_group_ids: 'UserGroupIds', ip_discovery: 'IpDiscovery',
      network_type: 'NetworkType', data_tiering_enabled: 'DataTieringEnabled', auto_minor_version_upgrade: 'AutoMinorVersionUpgrade',
      snapshot_arns: 'SnapshotArns', snapshot_name: 'SnapshotName', preferred_cache_cluster_azs: 'PreferredCacheClusterAZs', ...tags,
    },
  },
  aws_elasticache_cluster: {
    type: 'AWS::ElastiCache::CacheCluster',
    args: {
      cluster_id: 'ClusterName', engine: 'Engine', engine_version: 'EngineVersion', node_type: 'CacheNodeType', num_cache_nodes: 'NumCacheNodes',
      az_mode: 'AZMode', snapshot_retention_limit: 'SnapshotRetentionLimit', snapshot_window: 'SnapshotWindow',
      maintenance_window: 'PreferredMaintenanceWindow', parameter_group_name: 'CacheParameterGroupName', subnet_group_name: 'CacheSubnetGroupName',
      security_group_ids: 'VpcSecurityGroupIds', port: 'Port', transit_encryption_enabled: 'TransitEncryptionEnabled', network_type: 'NetworkType',
      ip_discovery: 'IpDiscovery', auto_minor_version_upgrade: 'AutoMinorVersionUpgrade', availability_zone: 'PreferredAvailabilityZone', ...tags,
    },
  },
  aws_elasticache_serverless_cache: {
    type: 'AWS::ElastiCache::ServerlessCache',
    args: {
      name: 'ServerlessCacheName', engine: 'Engine', major_engine_version: 'MajorEngineVersion', kms_key_id: 'KmsKeyId', security_group_ids: 'SecurityGroupIds',
      subnet_ids: 'SubnetIds', snapshot_retention_limit: 'SnapshotRetentionLimit', daily_snapshot_time: 'DailySnapshotTime', user_group_id: 'UserGroupId',
      description: 'Description', ...tags,
    },
    blocks: {
      cache_usage_limits: {
        path: 'CacheUsageLimits', args: {},
        blocks: {
          data_storage: { path: 'DataStorage', args: { maximum: 'Maximum', minimum: 'Minimum', unit: 'Unit' } },
          ecpu_per_second: { path: 'ECPUPerSecond', args: { maximum: 'Maximum', minimum: 'Minimum' } },
        },
      },
    },
  },
  aws_memorydb_cluster: {
    type: 'AWS::MemoryDB::Cluster',
    args: {
      name: 'ClusterName', node_type: 'NodeType', num_shards: 'NumShards', num_replicas_per_shard: 'NumReplicasPerShard', tls_enabled: 'TLSEnabled',
      acl_name: 'ACLName', engine: 'Engine', engine_version: 'EngineVersion', kms_key_arn: 'KmsKeyId', snapshot_retention_limit: 'SnapshotRetentionLimit',
      snapshot_window: 'SnapshotWindow', maintenance_window: 'MaintenanceWindow', security_group_ids: 'SecurityGroupIds', subnet_group_name: 'SubnetGroupName',
      parameter_group_name: 'ParameterGroupName', port: 'Port', data_tiering: 'DataTiering', auto_minor_version_upgrade: 'AutoMinorVersionUpgrade', ...tags,
    },
  },
  aws_docdb_cluster: {
    type: 'AWS::DocDB::DBCluster',
    // The provider has no copy_tags_to_snapshot on aws_docdb_cluster (data/terraform-schema).
    args: { ...withoutKey(RDS_CLUSTER_COMMON, 'copy_tags_to_snapshot'), kms_key_id: 'KmsKeyId', enabled_cloudwatch_logs_exports: 'EnableCloudwatchLogsExports' },
  },
  aws_docdb_cluster_instance: {
    type: 'AWS::DocDB::DBInstance',
    args: {
      identifier: 'DBInstanceIdentifier', cluster_identifier: 'DBClusterIdentifier', instance_class: 'DBInstanceClass', auto_minor_version_upgrade: 'AutoMinorVersionUpgrade',
      availability_zone: 'AvailabilityZone', preferred_maintenance_window: 'PreferredMaintenanceWindow', ca_cert_identifier: 'CACertificateIdentifier',
      enable_performance_insights: 'EnablePerformanceInsights', ...tags,
    },
  },
  aws_neptune_cluster: {
    type: 'AWS::Neptune::DBCluster',
    args: {
      cluster_identifier: 'DBClusterIdentifier', engine_version: 'EngineVersion', storage_encrypted: 'StorageEncrypted',
      backup_retention_period: 'BackupRetentionPeriod', preferred_backup_window: 'PreferredBackupWindow',
      preferred_maintenance_window: 'PreferredMaintenanceWindow', deletion_protection: 'DeletionProtection',
      vpc_security_group_ids: 'VpcSecurityGroupIds', snapshot_identifier: 'SnapshotIdentifier', port: 'DBPort',
      global_cluster_identifier: 'GlobalClusterIdentifier', availability_zones: 'AvailabilityZones', copy_tags_to_snapshot: 'CopyTagsToSnapshot',
      kms_key_arn: 'KmsKeyId', iam_database_authentication_enabled: 'IamAuthEnabled', enable_cloudwatch_logs_exports: 'EnableCloudwatchLogsExports',
      neptune_subnet_group_name: 'DBSubnetGroupName', neptune_cluster_parameter_group_name: 'DBClusterParameterGroupName', ...tags,
    },
    blocks: { serverless_v2_scaling_configuration: { path: 'ServerlessScalingConfiguration', args: { min_capacity: 'MinCapacity', max_capacity: 'MaxCapacity' } } },
  },
  aws_neptune_cluster_instance: {
    type: 'AWS::Neptune::DBInstance',
    args: {
      identifier: 'DBInstanceIdentifier', cluster_identifier: 'DBClusterIdentifier', instance_class: 'DBInstanceClass', neptune_parameter_group_name: 'DBParameterGroupName',
      auto_minor_version_upgrade: 'AutoMinorVersionUpgrade', availability_zone: 'AvailabilityZone', preferred_maintenance_window: 'PreferredMaintenanceWindow', ...tags,
    },
  },
  aws_redshift_cluster: {
    type: 'AWS::Redshift::Cluster',
    args: {
      cluster_identifier: 'ClusterIdentifier', node_type: 'NodeType', cluster_type: 'ClusterType', number_of_nodes: 'NumberOfNodes', database_name: 'DBName',
      master_username: 'MasterUsername', master_password: 'MasterUserPassword', manage_master_password: 'ManageMasterPassword', encrypted: 'Encrypted',
      kms_key_id: 'KmsKeyId', publicly_accessible: 'PubliclyAccessible', automated_snapshot_retention_period: 'AutomatedSnapshotRetentionPeriod',
      enhanced_vpc_routing: 'EnhancedVpcRouting', vpc_security_group_ids: 'VpcSecurityGroupIds', cluster_subnet_group_name: 'ClusterSubnetGroupName',
      cluster_parameter_group_name: 'ClusterParameterGroupName', port: 'Port', availability_zone_relocation_enabled: 'AvailabilityZoneRelocation',
      multi_az: 'MultiAZ', snapshot_identifier: 'SnapshotIdentifier', cluster_version: 'ClusterVersion', ...tags,
    },
  },
  aws_opensearch_domain: {
    type: 'AWS::OpenSearchService::Domain',
    args: { domain_name: 'DomainName', engine_version: 'EngineVersion', access_policies: 'AccessPolicies', ...tags },
    blocks: {
      cluster_config: {
        path: 'ClusterConfig', args: {
          instance_type: 'InstanceType', instance_count: 'InstanceCount', dedicated_master_enabled: 'DedicatedMasterEnabled', dedicated_master_type: 'DedicatedMasterType',
          dedicated_master_count: 'DedicatedMasterCount', zone_awareness_enabled: 'ZoneAwarenessEnabled', multi_az_with_standby_enabled: 'MultiAZWithStandbyEnabled',
          warm_enabled: 'WarmEnabled', warm_type: 'WarmType', warm_count: 'WarmCount',
        },
        blocks: { zone_awareness_config: { path: 'ZoneAwarenessConfig', args: { availability_zone_count: 'AvailabilityZoneCount' } } },
      },
      encrypt_at_rest: { path: 'EncryptionAtRestOptions', args: { enabled: 'Enabled', kms_key_id: 'KmsKeyId' } },
      node_to_node_encryption: { path: 'NodeToNodeEncryptionOptions', args: { enabled: 'Enabled' } },
      domain_endpoint_options: { path: 'DomainEndpointOptions', args: { enforce_https: 'EnforceHTTPS', tls_security_policy: 'TLSSecurityPolicy', custom_endpoint_enabled: 'CustomEndpointEnabled' } },
      ebs_options: { path: 'EBSOptions', args: { ebs_enabled: 'EBSEnabled', volume_size: 'VolumeSize', volume_type: 'VolumeType', iops: 'Iops', throughput: 'Throughput' } },
      vpc_options: { path: 'VPCOptions', args: { security_group_ids: 'SecurityGroupIds', subnet_ids: 'SubnetIds' } },
      advanced_security_options: { path: 'AdvancedSecurityOptions', args: { enabled: 'Enabled', internal_user_database_enabled: 'InternalUserDatabaseEnabled', anonymous_auth_enabled: 'AnonymousAuthEnabled' } },
    },
  },
  aws_keyspaces_table: {
    type: 'AWS::Cassandra::Table',
    args: { keyspace_name: 'KeyspaceName', table_name: 'TableName', default_time_to_live: 'DefaultTimeToLive', ...tags },
    blocks: {
      point_in_time_recovery: { path: '', args: { status: { path: 'PointInTimeRecoveryEnabled', values: { ENABLED: true, DISABLED: false } } } },
      encryption_specification: { path: 'EncryptionSpecification', args: { type: 'EncryptionType', kms_key_identifier: 'KmsKeyIdentifier' } },
      capacity_specification: {
        path: 'BillingMode', args: {
          throughput_mode: { path: 'Mode', values: { PAY_PER_REQUEST: 'ON_DEMAND', PROVISIONED: 'PROVISIONED' } },
          read_capacity_units: 'ProvisionedThroughput.ReadCapacityUnits', write_capacity_units: 'ProvisionedThroughput.WriteCapacityUnits',
        },
      },
    },
  },
  aws_timestreamwrite_table: {
    type: 'AWS::Timestream::Table',
    args: { database_name: 'DatabaseName', table_name: 'TableName', ...tags },
    blocks: {
      retention_properties: { path: 'RetentionProperties', args: { memory_store_retention_period_in_hours: 'MemoryStoreRetentionPeriodInHours', magnetic_store_retention_period_in_days: 'MagneticStoreRetentionPeriodInDays' } },
      magnetic_store_write_properties: { path: 'MagneticStoreWriteProperties', args: { enable_magnetic_store_writes: 'EnableMagneticStoreWrites' } },
    },
  },
  aws_dsql_cluster: {
    type: 'AWS::DSQL::Cluster',
    args: { deletion_protection_enabled: 'DeletionProtectionEnabled', kms_encryption_key: 'KmsEncryptionKey', ...tags },
    blocks: { multi_region_properties: { path: 'MultiRegionProperties', args: { witness_region: 'WitnessRegion', clusters: 'Clusters' } } },
  },
  aws_dms_replication_instance: {
    type: 'AWS::DMS::ReplicationInstance',
    args: {
      replication_instance_id: 'ReplicationInstanceIdentifier', replication_instance_class: 'ReplicationInstanceClass', allocated_storage: 'AllocatedStorage',
      publicly_accessible: 'PubliclyAccessible', multi_az: 'MultiAZ', kms_key_arn: 'KmsKeyId', engine_version: 'EngineVersion',
      vpc_security_group_ids: 'VpcSecurityGroupIds', replication_subnet_group_id: 'ReplicationSubnetGroupIdentifier',
      auto_minor_version_upgrade: 'AutoMinorVersionUpgrade', availability_zone: 'AvailabilityZone', preferred_maintenance_window: 'PreferredMaintenanceWindow',
      network_type: 'NetworkType', ...tags,
    },
    defaults: { PubliclyAccessible: false },
  },
  aws_security_group: { type: 'AWS::EC2::SecurityGroup', args: { name: 'GroupName', description: 'GroupDescription', vpc_id: 'VpcId', ...tags }, special: 'security-group' },
  aws_security_group_rule: { type: 'AWS::EC2::SecurityGroupIngress', args: { security_group_id: 'GroupId', from_port: 'FromPort', to_port: 'ToPort', protocol: 'IpProtocol', description: 'Description' }, special: 'security-group-rule' },
  aws_vpc_security_group_ingress_rule: {
    type: 'AWS::EC2::SecurityGroupIngress',
    args: {
      security_group_id: 'GroupId', from_port: 'FromPort', to_port: 'ToPort', ip_protocol: 'IpProtocol', cidr_ipv4: 'CidrIp', cidr_ipv6: 'CidrIpv6',
      referenced_security_group_id: 'SourceSecurityGroupId', description: 'Description',
    },
  },
};

/** Every Terraform name (`storage_encrypted`, `point_in_time_recovery.enabled`) of a CloudFormation path of a resource type. */
export function terraformNamesOf(tfType: string, cfnPath: string): string[] {
  const spec = RESOURCES[tfType];
  if (!spec) return [];
  const out: string[] = [];
  const walk = (args: Record<string, ArgSpec>, blocks: Record<string, BlockSpec> | undefined, prefix: string, cfnPrefix: string) => {
    for (const [name, a] of Object.entries(args)) {
      const p = typeof a === 'string' ? a : a.path;
      if (join(cfnPrefix, p) === cfnPath) out.push(prefix + name);
    }
    for (const [name, b] of Object.entries(blocks ?? {})) {
      const base = b.list ? join(cfnPrefix, b.path) : join(cfnPrefix, b.path);
      if (b.list) {
        if (base === cfnPath) out.push(prefix + name);
        continue;
      }
      if (base === cfnPath && base) out.push(prefix + name);
      walk(b.args, b.blocks, `${prefix}${name}.`, base);
    }
  };
  walk(spec.args, spec.blocks, '', '');
  if (spec.special === 'dynamodb-keys' && cfnPath === 'KeySchema') out.push('hash_key');
  if (spec.special === 'dynamodb-keys' && cfnPath === 'GlobalSecondaryIndexes') out.push('global_secondary_index');
  if (spec.special === 'dynamodb-keys' && cfnPath === 'LocalSecondaryIndexes') out.push('local_secondary_index');
  if (spec.special === 'security-group' && cfnPath === 'SecurityGroupIngress') out.push('ingress');
  if (spec.special === 'parameters' && cfnPath === 'Parameters') out.push('parameter');
  if (spec.special === 'security-group-rule' && (cfnPath === 'CidrIp' || cfnPath === 'CidrIpv6')) out.push(cfnPath === 'CidrIp' ? 'cidr_blocks' : 'ipv6_cidr_blocks');
  return out;
}

export const join = (a: string, b: string) => (a && b ? `${a}.${b}` : a || b);

/** The CloudFormation path a provider argument (`engine`, `point_in_time_recovery.enabled`) of a resource type sets. */
export function cfnPathOf(tfType: string, arg: string): string | undefined {
  const spec = RESOURCES[tfType];
  if (!spec) return undefined;
  const pathOf = (a: ArgSpec) => (typeof a === 'string' ? a : a.path);
  const [first, ...rest] = arg.split('.');
  if (!rest.length) return Object.prototype.hasOwnProperty.call(spec.args, first) ? pathOf(spec.args[first]) : undefined;
  const b = spec.blocks?.[first];
  const a = b && !b.list && Object.prototype.hasOwnProperty.call(b.args, rest.join('.')) ? b.args[rest.join('.')] : undefined;
  return b && a !== undefined ? join(b.path, pathOf(a)) : undefined;
}
