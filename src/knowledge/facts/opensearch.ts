/** Amazon OpenSearch Service facts (seed [Specialized Databases]), checked against `sources`. */
import type { FactInput } from '../schema';

const CFN = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide';

export const opensearchFacts: FactInput[] = [
  {
    id: 'opensearch.encryption-at-rest',
    service: 'opensearch',
    subject: 'Encryption at rest (EncryptionAtRestOptions.Enabled)',
    value: 'Off unless enabled; once set it cannot be changed in place (changing it in a template recreates the domain)',
    default: 'false',
    changeable: 'with-interruption',
    note: 'Needs OpenSearch 1.0+ or Elasticsearch 5.1+; required for fine-grained access control.',
    targets: {
      cfn: ['AWS::OpenSearchService::Domain.EncryptionAtRestOptions', 'AWS::OpenSearchService::Domain.EncryptionAtRestOptions.Enabled', 'AWS::Elasticsearch::Domain.EncryptionAtRestOptions.Enabled'],
      cli: ['opensearch create-domain --encryption-at-rest-options'],
      cdk: ['Domain.encryptionAtRest'],
    },
    seed: 'seed [Security Considerations]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/opensearch-service/latest/APIReference/API_EncryptionAtRestOptions.html', `${CFN}/aws-properties-opensearchservice-domain-encryptionatrestoptions.html`, 'https://docs.aws.amazon.com/cdk/api/v2/docs/aws-cdk-lib.aws_opensearchservice.EncryptionAtRestOptions.html'],
  },
  {
    id: 'opensearch.node-to-node',
    service: 'opensearch',
    subject: 'Node-to-node encryption (NodeToNodeEncryptionOptions.Enabled)',
    value: 'TLS between the nodes of the domain; off unless enabled; required for fine-grained access control',
    default: 'false',
    changeable: 'yes',
    targets: {
      cfn: ['AWS::OpenSearchService::Domain.NodeToNodeEncryptionOptions', 'AWS::OpenSearchService::Domain.NodeToNodeEncryptionOptions.Enabled', 'AWS::Elasticsearch::Domain.NodeToNodeEncryptionOptions.Enabled'],
      cli: ['opensearch create-domain --node-to-node-encryption-options'],
      cdk: ['Domain.nodeToNodeEncryption'],
    },
    seed: 'seed [Security Considerations]',
    verified: '2026-11-25',
    sources: [`${CFN}/aws-properties-opensearchservice-domain-nodetonodeencryptionoptions.html`, 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/ntn.html'],
  },
  {
    id: 'opensearch.enforce-https',
    service: 'opensearch',
    subject: 'HTTPS only (DomainEndpointOptions.EnforceHTTPS)',
    value: 'Rejects plain-HTTP requests to the domain endpoint; off unless enabled',
    default: 'false',
    changeable: 'yes',
    targets: {
      cfn: ['AWS::OpenSearchService::Domain.DomainEndpointOptions', 'AWS::OpenSearchService::Domain.DomainEndpointOptions.EnforceHTTPS', 'AWS::Elasticsearch::Domain.DomainEndpointOptions.EnforceHTTPS'],
      cli: ['opensearch create-domain --domain-endpoint-options'],
      cdk: ['Domain.enforceHttps'],
    },
    seed: 'seed [Security Considerations]',
    verified: '2026-11-25',
    sources: [`${CFN}/aws-properties-opensearchservice-domain-domainendpointoptions.html`, 'https://docs.aws.amazon.com/opensearch-service/latest/developerguide/security.html'],
  },
  {
    id: 'opensearch.legacy-resource',
    service: 'opensearch',
    subject: 'AWS::Elasticsearch::Domain',
    value: 'Legacy resource type, replaced by AWS::OpenSearchService::Domain (which runs both OpenSearch and Elasticsearch engines)',
    targets: { cfn: ['AWS::Elasticsearch::Domain'], cli: ['es create-elasticsearch-domain'], cdk: [] },
    seed: 'seed [Specialized Databases]',
    verified: '2026-11-25',
    sources: ['https://docs.aws.amazon.com/cdk/api/v2/dotnet/api/Amazon.CDK.AWS.Elasticsearch.CfnDomain.NodeToNodeEncryptionOptionsProperty.html'],
  },
];
