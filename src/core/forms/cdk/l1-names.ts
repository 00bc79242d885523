/**
 * L1 (Cfn*) prop names whose CloudFormation name is not the camelCase name with its first letter
 * upper-cased (`multiAz` -> `MultiAZ`), per aws-cdk-lib module. Generated from the
 * `*.generated.js` files of aws-cdk-lib 2.x (the `{camel: "Pascal"}` maps and the
 * `{Pascal: ...(properties.camel)}` renderers the CDK itself uses to write templates); when a
 * module spells a prop two ways, the plain spelling wins here and the other goes to
 * L1_TYPE_EXCEPTIONS. See docs/cdk.md for how to regenerate.
 */
export const L1_NAME_EXCEPTIONS: Record<string, Record<string, string>> = {
  'rds': {
    caCertificateIdentifier: 'CACertificateIdentifier', caIdentifier: 'CAIdentifier', cidrip: 'CIDRIP',
    customIamInstanceProfile: 'CustomIAMInstanceProfile', dbClusterEndpointIdentifier: 'DBClusterEndpointIdentifier', dbClusterIdentifier: 'DBClusterIdentifier',
    dbClusterIdentifiers: 'DBClusterIdentifiers', dbClusterInstanceClass: 'DBClusterInstanceClass', dbClusterParameterGroupName: 'DBClusterParameterGroupName',
    dbClusterSnapshotIdentifier: 'DBClusterSnapshotIdentifier', dbInstanceClass: 'DBInstanceClass', dbInstanceIdentifier: 'DBInstanceIdentifier',
    dbInstanceIdentifiers: 'DBInstanceIdentifiers', dbInstanceParameterGroupName: 'DBInstanceParameterGroupName', dbName: 'DBName',
    dbParameterGroupName: 'DBParameterGroupName', dbProxyEndpointName: 'DBProxyEndpointName', dbProxyName: 'DBProxyName',
    dbSecurityGroupIngress: 'DBSecurityGroupIngress', dbSecurityGroupMemberships: 'DBSecurityGroupMemberships', dbSecurityGroupName: 'DBSecurityGroupName',
    dbSecurityGroups: 'DBSecurityGroups', dbShardGroupIdentifier: 'DBShardGroupIdentifier', dbSnapshotIdentifier: 'DBSnapshotIdentifier',
    dbSubnetGroupDescription: 'DBSubnetGroupDescription', dbSubnetGroupName: 'DBSubnetGroupName', dbSystemId: 'DBSystemId',
    domainIamRoleName: 'DomainIAMRoleName', ec2SecurityGroupId: 'EC2SecurityGroupId', ec2SecurityGroupName: 'EC2SecurityGroupName',
    ec2SecurityGroupOwnerId: 'EC2SecurityGroupOwnerId', ec2VpcId: 'EC2VpcId', enableIamDatabaseAuthentication: 'EnableIAMDatabaseAuthentication',
    iamAuth: 'IAMAuth', maxAcu: 'MaxACU', minAcu: 'MinACU',
    multiAz: 'MultiAZ', requireTls: 'RequireTLS', sourceDbClusterIdentifier: 'SourceDBClusterIdentifier',
    sourceDbInstanceAutomatedBackupsArn: 'SourceDBInstanceAutomatedBackupsArn', sourceDbInstanceIdentifier: 'SourceDBInstanceIdentifier', targetDbClusterParameterGroupName: 'TargetDBClusterParameterGroupName',
    targetDbInstanceClass: 'TargetDBInstanceClass', targetDbParameterGroupName: 'TargetDBParameterGroupName', vpcSecurityGroups: 'VPCSecurityGroups',
  },
  'dynamodb': {
    kmsMasterKeyId: 'KMSMasterKeyId', sseEnabled: 'SSEEnabled', sseSpecification: 'SSESpecification',
    sseType: 'SSEType',
  },
  'elasticache': {
    azMode: 'AZMode', ec2SecurityGroupName: 'EC2SecurityGroupName', ec2SecurityGroupOwnerId: 'EC2SecurityGroupOwnerId',
    ecpuPerSecond: 'ECPUPerSecond', multiAzEnabled: 'MultiAZEnabled',
  },
  'docdb': {
    caCertificateIdentifier: 'CACertificateIdentifier', dbClusterIdentifier: 'DBClusterIdentifier', dbClusterParameterGroupName: 'DBClusterParameterGroupName',
    dbInstanceClass: 'DBInstanceClass', dbInstanceIdentifier: 'DBInstanceIdentifier', dbSubnetGroupDescription: 'DBSubnetGroupDescription',
    dbSubnetGroupName: 'DBSubnetGroupName', sourceDbClusterIdentifier: 'SourceDBClusterIdentifier',
  },
  'neptune': {
    dbClusterIdentifier: 'DBClusterIdentifier', dbClusterParameterGroupName: 'DBClusterParameterGroupName', dbInstanceClass: 'DBInstanceClass',
    dbInstanceIdentifier: 'DBInstanceIdentifier', dbInstanceParameterGroupName: 'DBInstanceParameterGroupName', dbParameterGroupName: 'DBParameterGroupName',
    dbPort: 'DBPort', dbSnapshotIdentifier: 'DBSnapshotIdentifier', dbSubnetGroupDescription: 'DBSubnetGroupDescription',
    dbSubnetGroupName: 'DBSubnetGroupName', sourceDbClusterIdentifier: 'SourceDBClusterIdentifier',
  },
  'dax': {
    iamRoleArn: 'IAMRoleARN', notificationTopicArn: 'NotificationTopicARN', sseEnabled: 'SSEEnabled',
    sseSpecification: 'SSESpecification',
  },
  'memorydb': {
    aclName: 'ACLName', tlsEnabled: 'TLSEnabled',
  },
  'dms': {
    cdcStopTime: 'CDCStopTime', gcpMySqlSettings: 'GcpMySQLSettings', ibmDb2ZOsSettings: 'IbmDb2zOsSettings',
    multiAz: 'MultiAZ',
  },
  'opensearchservice': {
    aimlOptions: 'AIMLOptions', ebsEnabled: 'EBSEnabled', ebsOptions: 'EBSOptions',
    enabledApiAccess: 'EnabledAPIAccess', enforceHttps: 'EnforceHTTPS', iamFederationOptions: 'IAMFederationOptions',
    identityCenterApplicationArn: 'IdentityCenterApplicationARN', identityCenterInstanceArn: 'IdentityCenterInstanceARN', ipAddressType: 'IPAddressType',
    jwtOptions: 'JWTOptions', masterUserArn: 'MasterUserARN', multiAzWithStandbyEnabled: 'MultiAZWithStandbyEnabled',
    samlOptions: 'SAMLOptions', tlsSecurityPolicy: 'TLSSecurityPolicy', vpcOptions: 'VPCOptions',
  },
  'redshift': {
    cidrip: 'CIDRIP', dbName: 'DBName', ec2SecurityGroupName: 'EC2SecurityGroupName',
    ec2SecurityGroupOwnerId: 'EC2SecurityGroupOwnerId', multiAz: 'MultiAZ',
  },
  'elasticsearch': {
    ebsEnabled: 'EBSEnabled', ebsOptions: 'EBSOptions', enforceHttps: 'EnforceHTTPS',
    masterUserArn: 'MasterUserARN', tlsSecurityPolicy: 'TLSSecurityPolicy', vpcOptions: 'VPCOptions',
  },
};

/** Per-type exceptions where one module uses two spellings of the same prop. */
export const L1_TYPE_EXCEPTIONS: Record<string, Record<string, string>> = {
  'AWS::RDS::DBInstance': { performanceInsightsKmsKeyId: 'PerformanceInsightsKMSKeyId' },
  'AWS::RDS::CustomDBEngineVersion': { kmsKeyId: 'KMSKeyId' },
  'AWS::RDS::Integration': { kmsKeyId: 'KMSKeyId' },
  'AWS::Redshift::Integration': { kmsKeyId: 'KMSKeyId' },
};
