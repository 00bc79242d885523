/**
 * Hovers in CDK TypeScript, by tokens: on a construct class name (`new rds.DatabaseCluster(`) and
 * on a property key inside its props object (`backupRetention:`). Module aliases are read from the
 * file's imports, so `docdb.CfnDBCluster` and `neptune.CfnDBCluster` are told apart.
 */
import type { FactInput } from '../../../knowledge/schema';
import { cfnTargetsOfCdkProp } from './names';
import { factIndex } from '../../hover/facts-index';
import { compactHover, md, moreLink } from '../../hover/render';
import { replacementHover } from '../../dataloss';

const IDENT = /[A-Za-z0-9_$]/;
const MAX_LISTED = 12;

/** Maps local aliases to aws-cdk-lib module names (`docdb` -> `docdb`, `rds` -> `rds`). */
export function cdkModuleAliases(text: string): Map<string, string> {
  const aliases = new Map<string, string>();
  // import * as x from 'aws-cdk-lib/aws-rds'
  for (const m of text.matchAll(/import\s+\*\s+as\s+([A-Za-z_$][\w$]*)\s+from\s+['"]aws-cdk-lib\/aws-([a-z0-9-]+)['"]/g)) aliases.set(m[1], m[2].replace(/-/g, ''));
  // import { aws_rds as rds, aws_docdb } from 'aws-cdk-lib'
  for (const m of text.matchAll(/import\s*\{([^}]*)\}\s*from\s*['"]aws-cdk-lib['"]/g)) {
    for (const part of m[1].split(',')) {
      const mm = /aws_([a-z0-9_]+)(?:\s+as\s+([A-Za-z_$][\w$]*))?/.exec(part.trim());
      if (mm) aliases.set(mm[2] ?? `aws_${mm[1]}`, mm[1].replace(/_/g, ''));
    }
  }
  return aliases;
}

/** The identifier around `offset`, with its span. */
export function wordAt(text: string, offset: number): { word: string; start: number; end: number } | undefined {
  let s = offset;
  let e = offset;
  while (s > 0 && IDENT.test(text[s - 1])) s--;
  while (e < text.length && IDENT.test(text[e])) e++;
  if (s === e || /[0-9]/.test(text[s])) return undefined;
  return { word: text.slice(s, e), start: s, end: e };
}

/** The aws-cdk-lib module of each knowledge-base service: tells `dax.CfnCluster` from `dsql.CfnCluster`. */
const MODULE_OF: Record<string, string> = {
  rds: 'rds', aurora: 'rds', 'rds-proxy': 'rds', 'aurora-dsql': 'dsql', dynamodb: 'dynamodb', dax: 'dax', elasticache: 'elasticache',
  memorydb: 'memorydb', documentdb: 'docdb', neptune: 'neptune', keyspaces: 'cassandra', timestream: 'timestream', qldb: 'qldb',
  opensearch: 'opensearchservice', dms: 'dms', redshift: 'redshift',
};

/**
 * Facts for a CDK class (`suffix` = `.prop` for a property): module-qualified targets first; then
 * unqualified ones, keeping only the facts of services that live in that module.
 */
function classFacts(cls: string, module: string | undefined, suffix = ''): FactInput[] {
  const idx = factIndex();
  const qualified = module ? idx.exact('cdk', `${module}.${cls}${suffix}`) : [];
  const plain = idx.exact('cdk', `${cls}${suffix}`).filter((f) => inModule(f, module));
  return [...new Set([...qualified, ...plain])];
}

const MODULE_BY_NAME = Object.fromEntries(Object.values(MODULE_OF).map((m) => [m, true]));

/** Whether an unqualified fact belongs to the construct's module (any, when the module is unknown). */
function inModule(f: FactInput, module: string | undefined): boolean {
  return !module || !(module in MODULE_BY_NAME) || MODULE_OF[f.service] === module;
}

/** The construct (`new mod.Class(`) whose argument list holds `offset`, scanning back over brackets. */
export function enclosingConstruct(text: string, offset: number, limit = 20000): { cls: string; qualifier?: string } | undefined {
  let depth = 0;
  const stop = Math.max(0, offset - limit);
  for (let i = offset - 1; i >= stop; i--) {
    const c = text[i];
    if (c === ')' || c === '}' || c === ']') depth++;
    else if (c === '(' || c === '{' || c === '[') {
      if (depth > 0) {
        depth--;
        continue;
      }
      if (c !== '(') continue;
      const m = /new\s+(?:([A-Za-z_$][\w$]*)\.)?([A-Za-z_$][\w$]*)\s*(?:<[^<>()]*>)?\s*$/.exec(text.slice(Math.max(0, i - 200), i));
      if (m) return { qualifier: m[1], cls: m[2] };
    }
  }
  return undefined;
}

/** Hover text for CDK TypeScript at `offset`, or undefined. */
export function cdkHover(text: string, offset: number, aliases: Map<string, string>): string | undefined {
  const w = wordAt(text, offset);
  if (!w) return undefined;
  const before = text.slice(Math.max(0, w.start - 120), w.start);
  const after = text.slice(w.end, w.end + 40);
  // A class name: `new rds.DatabaseInstance(`, `rds.DatabaseInstance.fromX`, or in a type position.
  const qual = /([A-Za-z_$][\w$]*)\.\s*$/.exec(before);
  if (/^[A-Z]/.test(w.word)) {
    const module = qual ? aliases.get(qual[1]) ?? qual[1] : undefined;
    const own = classFacts(w.word, module);
    const props = propsOf(w.word, module);
    if (own.length || props.length) return classHover(module, w.word, own, props);
  }
  // A static member (`rds.DatabaseInstanceEngine.mysql(`) or a method on a variable (`sg.addIngressRule(`).
  const member = /(?:([A-Za-z_$][\w$]*)\.)?([A-Za-z_$][\w$]*)\.\s*$/.exec(before);
  // (An enum member such as `BillingMode.PAY_PER_REQUEST` is looked up too.)
  if (member && (/^\s*[(<]/.test(after) || /^[A-Z]/.test(member[2]))) {
    const owner = member[2];
    const module = member[1] ? aliases.get(member[1]) ?? member[1] : undefined;
    let facts = /^[A-Z]/.test(owner) ? classFacts(owner, module, `.${w.word}`) : [];
    // On a variable the class is unknown: accept a method name only one or two classes declare.
    if (!facts.length && !/^[A-Z]/.test(owner)) {
      const classes = methodOwners(w.word);
      if (classes.length && classes.length <= 2) facts = classes.flatMap((c) => classFacts(c, undefined, `.${w.word}`));
    }
    const uniq = [...new Set(facts)];
    if (uniq.length) return compactHover(`**${md(w.word)}** (${md(/^[A-Z]/.test(owner) ? owner : 'CDK')})`, uniq, { more: { title: `${owner}.${w.word}`, ids: uniq.map((f) => f.id) } });
  }
  // A property key: `backupRetention:` or `backupRetention?:` inside the props of a construct.
  if (!/^\s*\??\s*:/.test(after) && !/^\s*[,}]/.test(after)) return undefined;
  const ctor = enclosingConstruct(text, w.start);
  if (!ctor) return undefined;
  const module = ctor.qualifier ? aliases.get(ctor.qualifier) ?? ctor.qualifier : undefined;
  // Hand-written targets, then the facts of the CloudFormation properties the prop sets (the CDK reader's own mapping).
  const targets = cfnTargetsOfCdkProp(module, ctor.cls, w.word);
  const mapped = targets.flatMap((t) => factIndex().exact('cfn', t));
  const facts = [...new Set([...classFacts(ctor.cls, module, `.${w.word}`), ...mapped])];
  // What a change of the prop does to a deployed database (the data-loss guard's table).
  const replaceTarget = targets.find((t) => replacementHover(t));
  const replaces = replaceTarget ? replacementHover(replaceTarget) : undefined;
  if (!facts.length && !replaces) return undefined;
  const cls = module ? `${module}.${ctor.cls}` : ctor.cls;
  return compactHover(`**${md(w.word)}** (${md(cls)})`, facts, { changes: replaces, more: facts.length ? { title: `${cls}.${w.word}`, ids: facts.map((f) => f.id), replace: replaceTarget } : undefined });
}

/** A construct class: its own facts in full, then its props' facts as a list. */
function classHover(module: string | undefined, cls: string, own: FactInput[], props: FactInput[]): string {
  const parts = [`**${md(module ? `${module}.${cls}` : cls)}** (CDK)`];
  for (const f of own.slice(0, 2)) parts.push(`${md(f.subject)}: ${md(f.value)}`);
  // Many props have facts: list the first ones (each shows on its prop); the rest is under More….
  const shown = props.slice(0, MAX_LISTED - parts.length - 2);
  if (shown.length) parts.push(`**Key limits** (hover a prop for details)\n${shown.map((f) => `- ${md(f.subject)}: ${md(f.value)}`).join('\n')}`);
  parts.push(moreLink({ title: module ? `${module}.${cls}` : cls, ids: [...new Set([...own, ...props])].map((f) => f.id) }));
  return parts.join('\n\n');
}

/** The classes with a cdk target `Class.name`. */
function methodOwners(name: string): string[] {
  const out = new Set<string>();
  for (const key of factIndex().keys('cdk')) {
    const parts = key.split('.');
    if (parts[parts.length - 1] === name && parts.length >= 2) out.add(parts[parts.length - 2]);
  }
  return [...out];
}

function propsOf(cls: string, module: string | undefined): FactInput[] {
  const idx = factIndex();
  const q = module ? idx.under('cdk', `${module}.${cls}.`) : [];
  const plain = idx.under('cdk', `${cls}.`).filter((f) => inModule(f, module));
  return [...new Set([...q, ...plain])];
}
