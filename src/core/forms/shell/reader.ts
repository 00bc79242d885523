/**
 * The AWS CLI reader: shell scripts and Markdown shell blocks into the model. The parsed commands
 * are kept beside the document for the service-model rules (ADB100–ADB111).
 */
import type { ModelDocument, ProductionHint } from '../../model';
import { saysProduction } from '../../production';
import type { ShellCommand } from './parse';
import { isMarkdownFile, isShellFile, parseShellOf } from './markdown';
import type { Form } from '../form';
import { collectInlineSuppressions } from '../../suppress';
import { awsCommands, type AwsCommand } from '../../cli-model/command';
import { translate } from './translate';

const COMMANDS = new WeakMap<ModelDocument, AwsCommand[]>();

/** The AWS CLI commands of a document read by this reader. */
export function cliCommandsOf(doc: ModelDocument): AwsCommand[] {
  return COMMANDS.get(doc) ?? [];
}

/** Reads a shell script or Markdown file; undefined for Markdown without `aws` commands in shell blocks. */
export function readAwsCli(text: string, fileName: string): ModelDocument | undefined {
  const parsed = parseShellOf(fileName, text);
  const cmds = awsCommands(parsed.commands);
  if (isMarkdownFile(fileName) && !cmds.length) return undefined;
  const doc: ModelDocument = {
    kind: 'aws-cli',
    text,
    resources: translate(cmds),
    parameters: new Map(),
    conditions: new Map(),
    problems: parsed.problems.map((p) => ({ message: p.message, span: p.span, severity: 'warning' as const, code: 'unsupported' as const })),
    inlineSuppressions: collectInlineSuppressions(text, '#'),
    productionHints: productionHints(parsed.commands, cmds),
  };
  COMMANDS.set(doc, cmds);
  return doc;
}

const DECLARE = new Set(['export', 'declare', 'local', 'readonly', 'typeset']);
const NAME_FLAG = /(^|-)(name|identifier|id)$/;

/** Words that say prod: variable assignments (`ENV=prod`), identifiers and names, tag values. */
function productionHints(shell: ShellCommand[], cmds: AwsCommand[]): ProductionHint[] {
  const hints: ProductionHint[] = [];
  const seen = new Set<number>();
  const add = (word: string, span: { start: number; end: number }, source: string) => {
    if (seen.has(span.start) || !saysProduction(word)) return;
    seen.add(span.start);
    hints.push({ word, span: { start: span.start, end: span.end }, source });
  };
  for (const c of shell) {
    for (const a of c.assignments) add(a.value, a, 'variable assignment');
    // `export STAGE=prod`, `local env=production`
    if (c.words[0] && DECLARE.has(c.words[0].value)) for (const w of c.words.slice(1)) if (w.value.includes('=')) add(w.value, w, 'variable assignment');
  }
  for (const c of cmds) {
    for (const a of c.args) {
      if (!a.word.known) continue;
      if (NAME_FLAG.test(a.name)) for (const v of a.values) if (v.known) add(v.value, v, `--${a.name}`);
      if (a.name === 'tags' || a.name === 'tag-list' || a.name === 'tag-specifications') {
        for (const v of a.values) {
          if (!v.known) continue;
          for (const m of v.value.matchAll(/(?:Value|"Value"\s*:\s*")=?([^,"}\]]+)/g)) add(m[1], v, 'tag');
        }
      }
    }
  }
  return hints;
}

const ext = (f: string) => (/\.([A-Za-z0-9]+)$/.exec(f)?.[1] ?? '').toLowerCase();

/** The reader alone (the form in index.ts adds the service model's check). */
export const awsCliReader: Pick<Form, 'kind' | 'accepts' | 'read'> = {
  kind: 'aws-cli',
  accepts: (f, text) => isShellFile(f, text) || (isMarkdownFile(f) && text.includes('aws ')) || (ext(f) === '' && /^\s*aws\s/m.test(text.slice(0, 4096)) && !/^\s*[{[]/.test(text)),
  read: (text, f) => readAwsCli(text, f),
};
