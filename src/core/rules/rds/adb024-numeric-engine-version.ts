import type { Node, Resource, ScalarNode } from '../../model';
import { entry, get } from '../../model';
import type { Candidate } from '../../resolve';
import { defineRule, type Fix } from '../types';

const YAML_TYPES = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html';
const RDS_VERSION = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-resource-rds-dbinstance.html';
const PARAMS = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/parameters-section-structure.html';

/** Engine-version properties of database resource types: each takes a string. */
const VERSION_PROPS: Record<string, string[]> = {
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

export default defineRule({
  id: 'ADB024',
  title: 'Engine version written as a number',
  severity: 'warning',
  services: ['rds', 'aurora', 'documentdb', 'neptune', 'elasticache', 'memorydb', 'dms', 'opensearch', 'redshift'],
  resourceTypes: Object.keys(VERSION_PROPS),
  forms: ['cloudformation'],
  description:
    'An unquoted `EngineVersion: 12.10` is a number to YAML (and to JSON), not the string the property takes: it is read as 12.1, ' +
    'so CloudFormation asks for version 12.1, not 12.10; a leading zero is lost too (CloudFormation reads YAML 1.1, where `010` is ' +
    'octal). A float that converts back to the same text (`8.0`, `5.7`) works only by luck of its digits. The rule reports an ' +
    'unquoted number in EngineVersion (ClusterVersion for Redshift, ' +
    'ElasticsearchVersion, ElastiCache MajorEngineVersion) of database resources, and in the Default or AllowedValues of a ' +
    'parameter that feeds one, on the number itself; the quick fix quotes it, keeping the text exactly as written. Whole numbers ' +
    'that print back unchanged (`16`) are not reported. CloudFormation templates only.',
  source: { urls: [YAML_TYPES, PARAMS, RDS_VERSION] },
  check(ctx) {
    const seen = new Set<Node>();
    // Floats that convert back unchanged, per parameter list: one finding for the list, not one per version.
    const lucky = new Map<string, { r: Resource; prop: string; texts: string[]; nodes: ScalarNode[] }>();
    for (const r of ctx.resources()) {
      for (const prop of VERSION_PROPS[r.type] ?? []) {
        for (const c of written(ctx.doc.parameters, ctx.prop(r, prop).candidates)) {
          const n = c.node;
          if (n.kind !== 'scalar' || typeof n.value !== 'number' || n.quote || seen.has(n)) continue;
          const text = ctx.doc.text.slice(n.start, n.end);
          if (!NUMBER_TEXT.test(text)) continue;
          const read = numberText(text, n.value);
          const float = !/^[-+]?\d+$/.test(text);
          if (read === text && !float) continue;
          seen.add(n);
          if (read === text && c.param?.how === 'AllowedValues') {
            const g = lucky.get(c.param.name) ?? { r, prop, texts: [], nodes: [] };
            g.texts.push(text);
            g.nodes.push(n);
            lucky.set(c.param.name, g);
            continue;
          }
          const where = c.param ? ` (${c.param.how} of parameter ${c.param.name}, the ${prop} of ${r.id})` : '';
          const message = read === text
            ? `${prop} ${text}${where} is a number (a float), not a string: it passes only because this float converts back to the same text (12.10 would become 12.1). Quote it: "${text}".`
            : float
              ? `${prop} ${text}${where} is a number, not a string: it is read as ${read}, so CloudFormation asks for version ${read}, not ${text}. Quote it: "${text}".`
              : `${prop} ${text}${where} is a number, not a string: its leading zero is lost (YAML 1.1 even reads it as octal), so CloudFormation does not ask for ${text}. Quote it: "${text}".`;
          ctx.report({ resource: r, at: { start: n.start, end: n.end }, message, fixes: [quoteFix(n, text)] });
        }
      }
    }
    for (const [name, g] of lucky) {
      if (g.nodes.length === 1) {
        const [n, text] = [g.nodes[0], g.texts[0]];
        ctx.report({
          resource: g.r,
          at: { start: n.start, end: n.end },
          message: `${g.prop} ${text} (AllowedValues of parameter ${name}, the ${g.prop} of ${g.r.id}) is a number (a float), not a string: it passes only because this float converts back to the same text (12.10 would become 12.1). Quote it: "${text}".`,
          fixes: [quoteFix(n, text)],
        });
        continue;
      }
      const key = entry(ctx.doc.parameters.get(name)?.node, 'AllowedValues');
      if (!key) continue;
      const shown = g.texts.slice(0, 4).join(', ') + (g.texts.length > 4 ? ` and ${g.texts.length - 4} more` : '');
      ctx.report({
        resource: g.r,
        at: key.keySpan,
        message: `AllowedValues of parameter ${name} (the ${g.prop} of ${g.r.id}) writes ${g.texts.length} versions as numbers (${shown}): they pass only because these floats convert back to the same text (12.10 would become 12.1). Quote them.`,
      });
    }
  },
});

/**
 * Where the candidates' values are written: a literal itself, and for a parameter every value it is
 * declared with (its Default and each AllowedValues item), each once.
 */
function written(params: Map<string, { node: Node }>, cs: Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  const done = new Set<string>();
  for (const c of cs) {
    if (!c.param) {
      out.push(c);
      continue;
    }
    if (done.has(c.param.name)) continue;
    done.add(c.param.name);
    const p = params.get(c.param.name)?.node;
    const def = get(p, 'Default');
    if (def?.kind === 'scalar') out.push({ ...c, node: def, param: { ...c.param, how: 'Default', span: def } });
    const allowed = get(p, 'AllowedValues');
    if (allowed?.kind === 'list') {
      for (const it of allowed.items) if (it.kind === 'scalar') out.push({ ...c, node: it, param: { ...c.param, how: 'AllowedValues', span: it } });
    }
  }
  return out;
}

function quoteFix(n: ScalarNode, text: string): Fix {
  return { title: `Quote the version: "${text}"`, edits: [{ span: { start: n.start, end: n.end }, newText: `"${text}"` }], preferred: true };
}
