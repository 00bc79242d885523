import { fact } from '../../../knowledge';
import type { Resource } from '../../model';
import { intrinsicName } from '../../model';
import { asString } from '../../resolve';
import { defineRule, type RuleContext } from '../types';
import { falseValues } from '../util';
import { isOff, nameOf, setBool } from './phrases';
import { set } from '../setting-fix';

const atRest = fact('opensearch.encryption-at-rest');
const n2n = fact('opensearch.node-to-node');
const https = fact('opensearch.enforce-https');

/**
 * The oldest Elasticsearch version that offers a setting: encryption at rest from 5.1 (the OpenSearch and CDK references),
 * node-to-node encryption from 6.0. OpenSearch engines offer all three.
 */
const MIN_ELASTICSEARCH: Record<string, number> = { EncryptionAtRestOptions: 5.1, NodeToNodeEncryptionOptions: 6.0 };

/** True when some written engine version is an Elasticsearch too old for the setting: advising it would be impossible. */
function tooOld(ctx: RuleContext, r: Resource, parent: string): boolean {
  const min = MIN_ELASTICSEARCH[parent];
  if (min === undefined) return false;
  const versions = [...ctx.prop(r, 'ElasticsearchVersion').candidates, ...ctx.prop(r, 'EngineVersion').candidates];
  return versions.some((c) => {
    const m = /^(?:Elasticsearch_)?(\d+)\.(\d+)/i.exec(asString(c.value)?.trim() ?? '');
    if (!m || /^OpenSearch/i.test(asString(c.value) ?? '')) return false;
    const [major, minor] = [Number(m[1]), Number(m[2])];
    const [minMajor, minMinor] = [Math.floor(min), Math.round((min % 1) * 10)];
    return major < minMajor || (major === minMajor && minor < minMinor);
  });
}

/** The three settings: CloudFormation path and what turning it on protects. */
const SETTINGS = [
  { parent: 'EncryptionAtRestOptions', key: 'Enabled', why: 'indices, logs and snapshots stay unencrypted on disk; it can only be set once' },
  { parent: 'NodeToNodeEncryptionOptions', key: 'Enabled', why: 'traffic between the nodes is not TLS-encrypted' },
  { parent: 'DomainEndpointOptions', key: 'EnforceHTTPS', why: 'the endpoint still accepts plain HTTP' },
] as const;

function checkSetting(ctx: RuleContext, r: Resource, s: (typeof SETTINGS)[number]): void {
  const path = `${s.parent}.${s.key}`;
  const name = nameOf(r, path);
  if (tooOld(ctx, r, s.parent)) return;
  const parent = ctx.prop(r, s.parent);
  // A computed block (Fn::If, a parameter) cannot be looked into: no finding.
  if (parent.present && (parent.entry!.value.kind !== 'map' || intrinsicName(parent.entry!.value))) return;
  const p = ctx.prop(r, path);
  for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, path, message: `${isOff(r, path)}, so ${s.why}: ${setBool(r, path, true, { written: true })}.` });
  if (p.present || !r.complete) return;
  // Missing: point at the block when it is written without the key, else at the domain.
  ctx.report({ resource: r, at: parent.present ? parent.entry!.keySpan : r.anchor, path, message: `${name} is not set, so ${s.why}: ${setBool(r, path, true)}.` });
}

export default defineRule({
  id: 'ADB076',
  title: 'OpenSearch domain without encryption at rest, node-to-node encryption or HTTPS',
  severity: 'warning',
  services: ['opensearch'],
  resourceTypes: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'],
  description:
    'An Amazon OpenSearch Service domain (or a legacy AWS::Elasticsearch::Domain) should encrypt data at rest ' +
    '(EncryptionAtRestOptions.Enabled, with a KMS key), encrypt traffic between its nodes ' +
    '(NodeToNodeEncryptionOptions.Enabled) and refuse plain HTTP (DomainEndpointOptions.EnforceHTTPS). All three are off ' +
    'unless set; encryption at rest and node-to-node encryption are required for fine-grained access control. Encryption at rest cannot be changed in place: ' +
    'changing it later recreates the domain. Each missing or false setting is reported on its own, except on Elasticsearch ' +
    'versions that do not offer it (encryption at rest before 5.1, node-to-node encryption before 6.0).',
  source: { seed: atRest.seed ?? undefined, urls: [...atRest.sources, ...n2n.sources, ...https.sources] },
  settingFixes: [
    { types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'], path: 'EncryptionAtRestOptions.Enabled', to: set(true), insert: true },
    { types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'], path: 'NodeToNodeEncryptionOptions.Enabled', to: set(true), insert: true },
    { types: ['AWS::OpenSearchService::Domain', 'AWS::Elasticsearch::Domain'], path: 'DomainEndpointOptions.EnforceHTTPS', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) for (const s of SETTINGS) checkSetting(ctx, r, s);
  },
});
