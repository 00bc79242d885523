/**
 * YAML templates. The fast reader (yaml-fast.ts) takes the YAML templates are usually written
 * in; anything it does not fully understand goes through the `yaml` package's AST, which is the
 * reference (same nodes, same spans) and the only source of syntax errors. Alias expansion is
 * bounded: an alias shares the converted node of its anchor (no copy), and a document whose
 * aliases would expand past MAX_EXPANDED nodes is rejected as an alias bomb rather than walked.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument } from 'yaml';
import type { Document, Node as YNode, Alias } from 'yaml';
import type { MapNode, Node, ReadProblem, ScalarNode } from '../model';
import type { TemplateRead } from './cloudformation';
import { readYamlFast } from './yaml-fast';
import { tagToIntrinsic } from './yaml-scan';

export { tagToIntrinsic };

const MAX_EXPANDED = 200_000;

class AliasBomb extends Error {}

/** Reads a YAML template: the fast reader when it can, else the `yaml` package. */
export function readYaml(text: string): TemplateRead {
  const root = readYamlFast(text);
  return root ? { root, problems: [] } : readYamlPackage(text);
}

/** Reads a YAML template through the `yaml` package (the reference reader). */
export function readYamlPackage(text: string): TemplateRead {
  const problems: ReadProblem[] = [];
  let doc: Document.Parsed;
  try {
    doc = parseDocument(text, { uniqueKeys: false, strict: false, prettyErrors: false, stringKeys: false, keepSourceTokens: false });
  } catch (e) {
    problems.push({ message: `YAML could not be read: ${(e as Error).message}`, span: { start: 0, end: 0 }, severity: 'error', code: 'parse-error' });
    return { problems };
  }
  for (const err of doc.errors.slice(0, 20)) {
    const [start, end] = err.pos;
    problems.push({ message: `YAML syntax error: ${firstLine(err.message)}`, span: { start, end: Math.max(end, start + 1) }, severity: 'error', code: 'parse-error' });
  }
  const conv = new Converter(doc, text);
  let root: Node | undefined;
  try {
    root = doc.contents ? conv.node(doc.contents as YNode) : undefined;
  } catch (e) {
    if (e instanceof AliasBomb) {
      problems.push({
        message: `YAML aliases expand to more than ${MAX_EXPANDED.toLocaleString('en-US')} nodes (an alias bomb?): the file is not analysed.`,
        span: { start: 0, end: Math.min(text.length, 1) },
        severity: 'error',
        code: 'alias-bomb',
      });
      return { problems };
    }
    throw e;
  }
  return { root: root?.kind === 'map' ? root : undefined, problems };
}

function firstLine(s: string): string {
  return s.split('\n')[0];
}

class Converter {
  private memo = new Map<YNode, { node: Node; size: number }>();
  private expanded = 0;

  constructor(private doc: Document.Parsed, private text: string) {}

  node(n: YNode | null | undefined, fallbackAt = 0): Node {
    return this.sized(n, fallbackAt).node;
  }

  private sized(n: YNode | null | undefined, fallbackAt: number): { node: Node; size: number } {
    if (!n) return { node: { kind: 'scalar', value: null, start: fallbackAt, end: fallbackAt }, size: 1 };
    if (isAlias(n)) {
      const target = (n as Alias).resolve(this.doc);
      if (!target) return { node: { kind: 'unknown', reason: 'unresolved alias', start: n.range?.[0] ?? fallbackAt, end: n.range?.[1] ?? fallbackAt }, size: 1 };
      const r = this.sized(target as YNode, fallbackAt);
      this.expanded += r.size;
      if (this.expanded > MAX_EXPANDED) throw new AliasBomb();
      return r;
    }
    const cached = this.memo.get(n);
    if (cached) return cached;
    const r = this.convert(n, fallbackAt);
    this.memo.set(n, r);
    return r;
  }

  private convert(n: YNode, fallbackAt: number): { node: Node; size: number } {
    const start = n.range?.[0] ?? fallbackAt;
    const end = n.range?.[1] ?? start;
    let out: Node;
    let size = 1;
    if (isMap(n)) {
      const map: MapNode = { kind: 'map', entries: [], start, end };
      for (const p of n.items) {
        if (!isPair(p)) continue;
        const k = p.key as YNode | null;
        const keyValue = k && isScalar(k) ? k.value : null;
        if (keyValue === null || typeof keyValue === 'object') continue;
        const keySpan = { start: k!.range?.[0] ?? start, end: k!.range?.[1] ?? start };
        const v = this.sized(p.value as YNode | null, keySpan.end);
        size += v.size;
        map.entries.push({ key: String(keyValue), keySpan, value: v.node });
      }
      out = map;
    } else if (isSeq(n)) {
      const items: Node[] = [];
      for (const it of n.items) {
        const v = this.sized(it as YNode, end);
        size += v.size;
        items.push(v.node);
      }
      out = { kind: 'list', items, start, end };
    } else if (isScalar(n)) {
      const v = n.value;
      const s: ScalarNode = {
        kind: 'scalar',
        value: typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean' || v === null ? v : String(v),
        start,
        end,
      };
      if (n.type === 'QUOTE_DOUBLE') s.quote = '"';
      else if (n.type === 'QUOTE_SINGLE') s.quote = "'";
      // A tagged value is read as a string: CloudFormation does not apply YAML typing under a tag.
      if (n.tag && n.tag.startsWith('!') && typeof s.value !== 'string' && s.value !== null) s.value = String(this.text.slice(start, end));
      out = s;
    } else {
      out = { kind: 'unknown', reason: 'unsupported YAML node', start, end };
    }
    const tag = (n as { tag?: string }).tag;
    if (tag && tag.startsWith('!') && !tag.startsWith('!!')) {
      const tagStart = this.text.lastIndexOf('!', start);
      const tagSpan = { start: tagStart >= 0 ? tagStart : start, end: tagStart >= 0 ? tagStart + tag.length : start };
      let inner = out;
      // `!GetAtt A.B` is the short form of `Fn::GetAtt: [A, B]`: keep the string, the resolver splits it.
      const wrapped: MapNode = {
        kind: 'map',
        entries: [{ key: tagToIntrinsic(tag), keySpan: tagSpan, value: inner }],
        start: tagSpan.start,
        end: Math.max(end, tagSpan.end),
        tagSpan,
      };
      inner = wrapped;
      out = inner;
      size += 1;
    }
    return { node: out, size };
  }
}
