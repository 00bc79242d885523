/**
 * What Amazon OpenSearch Service offers (data/deploy/other.json): engine versions (`OpenSearch_2.11`,
 * `Elasticsearch_7.10`) and instance types (`r6g.large.search`; `.elasticsearch` for the legacy
 * AWS::Elasticsearch::Domain), for ADB133 and completions.
 */
import { compareVersions, otherData } from './other-data';
import { judgeType, nearestVersions, type Verdict } from './judge';

/** The engine versions OpenSearch Service offers, newest first (OpenSearch, then Elasticsearch). */
export function opensearchVersions(): string[] {
  const vs = otherData()?.opensearch.versions ?? [];
  const by = (p: string) => vs.filter((v) => v.startsWith(p)).sort((a, b) => compareVersions(b.slice(p.length), a.slice(p.length)));
  return [...by('OpenSearch_'), ...by('Elasticsearch_')];
}

/** Data-node (and dedicated-master) instance types; `warm`: UltraWarm types; `legacy`: AWS::Elasticsearch::Domain spelling. */
export function opensearchInstanceTypes(opts: { warm?: boolean; legacy?: boolean } = {}): string[] {
  const o = otherData()?.opensearch;
  if (!o) return [];
  // The Elasticsearch API's enum stopped growing: a type the OpenSearch enum has is offered to both, with its suffix.
  if (opts.legacy) {
    const os = (opts.warm ? o.warmInstanceTypes : o.instanceTypes).map((t) => t.replace(/\.search$/, '.elasticsearch'));
    return [...new Set([...(opts.warm ? o.esWarmInstanceTypes : o.esInstanceTypes), ...os])];
  }
  return [...(opts.warm ? o.warmInstanceTypes : o.instanceTypes)];
}

/**
 * An instance type of an OpenSearchService domain (`legacy`: of an Elasticsearch domain); undefined
 * without data. The SDK enums lag behind the service (no R7g, M7g, OR2, Im4gn in them), so only the
 * spelling is an error (`.elasticsearch` on an OpenSearch domain, a missing suffix); a well-formed
 * type the enum does not list is at most newer than the data.
 */
export function judgeOpenSearchInstanceType(value: string, opts: { warm?: boolean; legacy?: boolean } = {}): Verdict | undefined {
  if (!otherData()) return undefined;
  const offered = opensearchInstanceTypes(opts);
  const others = opensearchInstanceTypes({ ...opts, legacy: !opts.legacy });
  return judgeType(value, offered, '', opts.legacy ? '.elasticsearch' : '.search', { others, partial: true });
}

/**
 * An OpenSearchService EngineVersion (`OpenSearch_2.11`): offered, not offered (did you mean), or
 * newer than the data; undefined without data. `legacy`: an AWS::Elasticsearch::Domain
 * ElasticsearchVersion, written without the prefix (`7.10`).
 */
export function judgeOpenSearchVersion(value: string, legacy = false): Verdict | undefined {
  const all = otherData()?.opensearch.versions;
  if (!all) return undefined;
  const v = value.trim();
  if (legacy) {
    const es = all.filter((x) => x.startsWith('Elasticsearch_')).map((x) => x.slice('Elasticsearch_'.length));
    if (es.includes(v) || all.includes(v)) return { kind: 'ok' };
    if (/^\d+\.\d+$/.test(v) && es.every((x) => compareVersions(v, x) > 0)) return { kind: 'newer' };
    return { kind: 'not-offered', suggest: nearestVersions(v, es) };
  }
  if (all.includes(v)) return { kind: 'ok' };
  const m = /^(OpenSearch|Elasticsearch)_(\d+\.\d+)$/.exec(v);
  if (m) {
    const same = all.filter((x) => x.startsWith(`${m[1]}_`)).map((x) => x.slice(m[1].length + 1));
    const major = m[2].split('.')[0];
    const series = same.filter((x) => x.split('.')[0] === major);
    if ((series.length ? series : same).every((x) => compareVersions(m[2], x) > 0)) return { kind: 'newer' };
    return { kind: 'not-offered', suggest: nearestVersions(m[2], same).map((x) => `${m[1]}_${x}`) };
  }
  // Another spelling: `opensearch_2.11`, `OpenSearch 2.11`, `2.11`, `OpenSearch_2_11`.
  const loose = /^(opensearch|elasticsearch|es)?[\s_-]*(\d+)[._](\d+)$/i.exec(v);
  if (loose) {
    const fam = loose[1]?.toLowerCase().startsWith('e') ? 'Elasticsearch' : 'OpenSearch';
    const want = `${fam}_${loose[2]}.${loose[3]}`;
    if (all.includes(want)) return { kind: 'not-offered', suggest: [want] };
  }
  return { kind: 'not-offered', suggest: [] };
}
