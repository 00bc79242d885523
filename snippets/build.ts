/**
 * Builds the VS Code snippet files from their sources in snippets/src. A source holds several
 * snippets, each after a marker line `@@@ prefix | description`; the lines up to the next marker
 * are the body, written in VS Code snippet syntax. CloudFormation snippets are written once, in
 * YAML, and converted to JSON here (placeholders kept). The generated files are committed and
 * listed in scripts/docs.ts, so a test fails when one is stale (`npm run docs` rewrites them).
 */
import fs from 'node:fs';
import path from 'node:path';
import { yamlSnippetToJson } from './yaml-to-json';
import { FORM_FILES } from '../src/core/forms/files';

export interface SnippetSource {
  prefix: string;
  description: string;
  body: string[];
  /** CloudFormation only: a resource entry (for Resources:) or a whole template. */
  kind?: 'resource' | 'stack';
  /** Where it was written (file and 1-based line), for test messages. */
  origin: string;
}

const SRC = path.join(__dirname, 'src');
const MARK = /^@@@\s+(adb-[a-z0-9-]+)\s*\|\s*(.+?)\s*$/;

/** Parses one source file into snippets. */
export function parseSource(file: string, text = fs.readFileSync(file, 'utf8')): SnippetSource[] {
  const out: SnippetSource[] = [];
  let cur: SnippetSource | undefined;
  text.split('\n').forEach((line, i) => {
    const m = MARK.exec(line);
    if (m) {
      const kind = /^\[stack\]\s*/.test(m[2]) ? 'stack' : /^\[resource\]\s*/.test(m[2]) ? 'resource' : undefined;
      cur = { prefix: m[1], description: m[2].replace(/^\[(stack|resource)\]\s*/, ''), body: [], kind, origin: `${path.basename(file)}:${i + 1}` };
      out.push(cur);
    } else if (cur) cur.body.push(line);
  });
  for (const s of out) while (s.body.length && !s.body[s.body.length - 1].trim()) s.body.pop();
  return out;
}

/** The snippet sources of each language. */
export function sources(): { shell: SnippetSource[]; cdk: SnippetSource[]; cfn: SnippetSource[]; terraform: SnippetSource[] } {
  return {
    shell: parseSource(path.join(SRC, 'shell.snip')),
    terraform: parseSource(path.join(SRC, 'terraform.snip')),
    cdk: parseSource(path.join(SRC, 'cdk.snip')),
    cfn: [...parseSource(path.join(SRC, 'cfn-resources.snip')), ...parseSource(path.join(SRC, 'cfn-patterns.snip'))],
  };
}

/** The CloudFormation JSON form of a YAML snippet. */
export function cfnJsonSnippet(s: SnippetSource): SnippetSource {
  return { ...s, prefix: s.prefix.replace(/^adb-yaml-/, 'adb-json-'), body: yamlSnippetToJson(s.body.join('\n'), s.kind ?? 'stack').split('\n') };
}

/**
 * A snippet's name: VS Code shows it beside the prefix in the suggestion list (the description only
 * when the item is expanded), so it is the description's first part, not the prefix again.
 */
function snippetName(s: SnippetSource, taken: Set<string>): string {
  const full = s.description.replace(/\s*\(study guide:[^)]*\)\s*$/, '').trim();
  const short = full.length > 70 ? `${full.slice(0, 69).replace(/[\s,;:]+\S*$/, '')}…` : full;
  const name = short && !taken.has(short) ? short : `${short || s.description} (${s.prefix})`;
  taken.add(name);
  return name;
}

function toFile(list: SnippetSource[], scope: string): string {
  const obj: Record<string, { scope: string; prefix: string; description: string; body: string[] }> = {};
  const taken = new Set<string>();
  for (const s of list) obj[snippetName(s, taken)] = { scope, prefix: s.prefix, description: s.description, body: s.body };
  return JSON.stringify(obj, null, 2) + '\n';
}

/** Generated snippet files: path -> content maker (merged into scripts/docs.ts GENERATED). */
export const SNIPPET_FILES: Record<string, () => string> = {
  'snippets/shell.code-snippets': () => toFile(sources().shell, 'shellscript'),
  'snippets/cdk.code-snippets': () => toFile(sources().cdk, 'typescript'),
  'snippets/cloudformation-yaml.code-snippets': () => toFile(sources().cfn, 'yaml'),
  'snippets/cloudformation-json.code-snippets': () => toFile(sources().cfn.map(cfnJsonSnippet), 'json,jsonc'),
  'snippets/terraform.code-snippets': () => toFile(sources().terraform, FORM_FILES.terraform.languages.join(',')),
};

/** The language each generated file is contributed for (package.json contributes.snippets). */
export const SNIPPET_LANGUAGES: Record<string, string[]> = {
  'snippets/shell.code-snippets': ['shellscript'],
  'snippets/cloudformation-yaml.code-snippets': ['yaml'],
  'snippets/cloudformation-json.code-snippets': ['json', 'jsonc'],
  /**
   * The language ids of `.tf` documents: `terraform` is the HashiCorp extension's id and the one this
   * extension contributes for `.tf` when that extension is absent (package.json contributes.languages).
   */
  'snippets/terraform.code-snippets': [...FORM_FILES.terraform.languages],
};

/**
 * Generated files that are shipped but not contributed: the CDK snippets are served by a completion
 * provider (src/vscode/cdk-snippets.ts) that adds the imports each one needs, fitted to the file.
 */
export const SNIPPETS_SERVED: Record<string, string[]> = {
  'snippets/cdk.code-snippets': ['typescript'],
};
