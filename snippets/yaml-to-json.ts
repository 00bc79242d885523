/**
 * Converts a CloudFormation YAML snippet (VS Code snippet syntax inside) into its JSON form:
 * short-form intrinsics become long form, and a plain (unquoted) scalar that is a single
 * placeholder with a number or boolean default stays unquoted, so `${3:7}` fills to the number 7.
 */
import { isAlias, isMap, isPair, isScalar, isSeq, parseDocument, type Node as YNode } from 'yaml';

const WHOLE_PLACEHOLDER = /^\$\{\d+(?::(-?\d+(?:\.\d+)?|true|false)|\|(?:-?\d+(?:\.\d+)?|true|false)(?:,(?:-?\d+(?:\.\d+)?|true|false))*\|)\}$/;

// A snippet escape `\$` (a literal `$`) must stay `\$` in the JSON text, not become `\\$`.
const q = (s: string) => JSON.stringify(s).replace(/\\\\\$/g, '\\$');

function intrinsic(tag: string): string {
  const name = tag.replace(/^!/, '');
  return name === 'Ref' || name === 'Condition' ? name : `Fn::${name}`;
}

function convert(node: YNode | null | undefined, indent: string): string {
  const inner = indent + '  ';
  if (!node) return 'null';
  if (isAlias(node)) throw new Error('aliases are not supported in snippets');
  let value: string;
  if (isMap(node)) {
    if (!node.items.length) value = '{}';
    else {
      const items = node.items.map((p) => {
        if (!isPair(p)) throw new Error('bad map item');
        const key = isScalar(p.key) ? String(p.key.value) : String(p.key);
        return `${inner}${q(key)}: ${convert(p.value as YNode, inner)}`;
      });
      value = `{\n${items.join(',\n')}\n${indent}}`;
    }
  } else if (isSeq(node)) {
    value = node.items.length ? `[\n${node.items.map((i) => `${inner}${convert(i as YNode, inner)}`).join(',\n')}\n${indent}]` : '[]';
  } else if (isScalar(node)) {
    const v = node.value;
    if (typeof v === 'string') {
      value = node.type === 'PLAIN' && WHOLE_PLACEHOLDER.test(v) ? v : q(v);
      if (node.tag === '!GetAtt' && node.type === 'PLAIN' && !WHOLE_PLACEHOLDER.test(v)) {
        const dot = v.indexOf('.');
        value = `[${q(v.slice(0, dot))}, ${q(v.slice(dot + 1))}]`;
      }
    } else value = v === null ? 'null' : JSON.stringify(v);
  } else throw new Error('unsupported YAML node');
  const tag = (node as { tag?: string }).tag;
  if (tag && tag.startsWith('!') && !tag.startsWith('!!')) return `{ ${q(intrinsic(tag))}: ${value} }`;
  return value;
}

/**
 * The JSON text of a YAML snippet. A `resource` snippet (one `LogicalId:` entry) becomes a
 * `"LogicalId": {...}` member, to paste inside "Resources"; a `stack` becomes a whole template.
 */
export function yamlSnippetToJson(yaml: string, kind: 'resource' | 'stack'): string {
  const tags = ['Ref', 'Sub', 'GetAtt', 'If', 'Equals', 'Not', 'And', 'Or', 'Condition', 'Select', 'GetAZs', 'Join', 'Split', 'FindInMap', 'ImportValue', 'Base64', 'Cidr']
    .flatMap((n) => [
      { tag: `!${n}`, resolve: (s: string) => s },
      { tag: `!${n}`, collection: 'seq' as const, resolve: (s: unknown) => s },
      { tag: `!${n}`, collection: 'map' as const, resolve: (s: unknown) => s },
    ]);
  // The final tab stop `$0` sits after the last value; it goes after the JSON text.
  const final = /\$0\s*$/.test(yaml);
  const doc = parseDocument(yaml.replace(/\$0(\s*)$/, '$1'), { customTags: tags as never, keepSourceTokens: false });
  if (doc.errors.length) throw new Error(`YAML snippet: ${doc.errors[0].message}`);
  const root = doc.contents as YNode;
  const text = convert(root, '');
  const end = final ? '$0' : '';
  if (kind === 'stack') return text + end;
  // `{\n  "Id": {...}\n}` -> `"Id": {...}` at column 0
  return text.split('\n').slice(1, -1).map((l) => l.slice(2)).join('\n') + end;
}
