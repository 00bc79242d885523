/**
 * Engine versions written as numbers (`EngineVersion: 12.10`): where they are, and what they become.
 * Shared by ADB024 (the number changes the version) and ADB026 (it converts back unchanged).
 */
import type { ModelDocument, Node, Resource, ScalarNode } from '../../model';
import { get } from '../../model';
import type { Candidate } from '../../resolve';
import type { Fix, RuleContext } from '../types';

export const YAML_TYPES = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html';
export const RDS_VERSION = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html';
export const PARAMS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html';

/** Engine-version properties of database resource types: each takes a string. */
export const VERSION_PROPS: Record<string, string[]> = {
  'AWS::RDS::DBInstance': ['EngineVersion'],
  'AWS::RDS::DBCluster': ['EngineVersion'],
  'AWS::RDS::GlobalCluster': ['EngineVersion'],
  'AWS::DocDB::DBCluster': ['EngineVersion'],
  'AWS::Neptune::DBCluster': ['EngineVersion'],
  'AWS::ElastiCache::CacheCluster': ['EngineVersion'],
  'AWS::ElastiCache::ReplicationGroup': ['EngineVersion'],
  'AWS::ElastiCache::GlobalReplicationGroup': ['EngineVersion'],
  'AWS::ElastiCache::ServerlessCache': ['MajorEngineVersion'],
  'AWS::MemoryDB::Cluster': ['EngineVersion'],
  'AWS::DMS::ReplicationInstance': ['EngineVersion'],
  'AWS::Elasticsearch::Domain': ['ElasticsearchVersion'],
  'AWS::OpenSearchService::Domain': ['EngineVersion'],
  'AWS::Redshift::Cluster': ['ClusterVersion'],
};

const NUMBER_TEXT = /^[-+]?(?:\d+\.?\d*|\.\d+)(?:[eE][-+]?\d+)?$/;

/**
 * The string a number written as `text` becomes: an integer prints as itself (`016` is 16), a float
 * as its shortest form with at least one decimal (`12.10` is 12.1, `8.00` is 8.0, `8.0` stays 8.0).
 */
export function numberText(text: string, value: number): string {
  if (/^[-+]?\d+$/.test(text)) return String(value);
  const s = String(value);
  return Number.isInteger(value) && !/e/i.test(s) ? `${s}.0` : s;
}

export interface NumericVersion {
  r: Resource;
  prop: string;
  c: Candidate;
  node: ScalarNode;
  /** As written. */
  text: string;
  /** What the number becomes. */
  read: string;
  float: boolean;
}

/** Every engine version written as a number (a float, or an integer that does not print back), each node once. */
export function numericVersions(ctx: RuleContext): NumericVersion[] {
  const out: NumericVersion[] = [];
  const seen = new Set<Node>();
  for (const r of ctx.resources()) {
    for (const prop of VERSION_PROPS[r.type] ?? []) {
      for (const c of written(ctx.doc, ctx.prop(r, prop).candidates)) {
        const n = c.node;
        if (n.kind !== 'scalar' || typeof n.value !== 'number' || n.quote || seen.has(n)) continue;
        const text = ctx.doc.text.slice(n.start, n.end);
        if (!NUMBER_TEXT.test(text)) continue;
        const read = numberText(text, n.value);
        const float = !/^[-+]?\d+$/.test(text);
        if (read === text && !float) continue;
        seen.add(n);
        out.push({ r, prop, c, node: n, text, read, float });
      }
    }
  }
  return out;
}

/**
 * Where the candidates' values are written: a literal itself, and for a parameter every value it is
 * declared with (its Default and each AllowedValues item), each once.
 */
function written(doc: ModelDocument, cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const done = new Set<string>();
  for (const c of cs) {
    if (!c.param) {
      out.push(c);
      continue;
    }
    if (done.has(c.param.name)) continue;
    done.add(c.param.name);
    const p = doc.parameters.get(c.param.name)?.node;
    const def = get(p, 'Default');
    if (def?.kind === 'scalar') out.push({ ...c, node: def, param: { ...c.param, how: 'Default', span: def } });
    const allowed = get(p, 'AllowedValues');
    if (allowed?.kind === 'list') {
      for (const it of allowed.items) if (it.kind === 'scalar') out.push({ ...c, node: it, param: { ...c.param, how: 'AllowedValues', span: it } });
    }
  }
  return out;
}

/** Where a value comes from, for messages: ` (AllowedValues of parameter V, the EngineVersion of Db)`. */
export function whereOf(v: NumericVersion): string {
  return v.c.param ? ` (${v.c.param.how} of parameter ${v.c.param.name}, the ${v.prop} of ${v.r.id})` : '';
}

/** The quick fix: quote the number exactly as written (one edit). */
export function quoteFix(n: ScalarNode, text: string): Fix {
  return { title: `Quote the version: "${text}"`, edits: [{ span: { start: n.start, end: n.end }, newText: `"${text}"` }], preferred: true };
}
