/**
 * The `adb-cdk-…` snippets fitted to the file they go into (the completion provider of
 * src/vscode/cdk-snippets.ts serves them; the static snippet file is not contributed). A snippet
 * body is written once (snippets/src/cdk.snip) with the module aliases of `adb-cdk-imports`
 * (`cdk.`, `rds.`, `ec2.`, …) and the names it expects in scope (`vpc`, `database`, `cluster`,
 * `table`). For one file and offset this returns the body rewritten to the file's own imports
 * and the insertions that add only the imports still missing:
 *
 * - a module the file already binds is used under its name: `import * as r from
 *   'aws-cdk-lib/aws-rds'` → `r.`, `import { aws_rds } from 'aws-cdk-lib'` → `aws_rds.`,
 *   `const rds = require(…)`, `import x = require(…)`;
 * - a module the file imports by name (`import { DatabaseCluster } from 'aws-cdk-lib/aws-rds'`,
 *   `import { Duration } from 'aws-cdk-lib'`) is used by name: `rds.X` → `X`, and the names
 *   still missing are added to that import (a name already taken in the file: the namespace is
 *   imported instead);
 * - a module not imported is imported the way the file imports the others: into its
 *   `import { aws_ec2 as ec2 } from 'aws-cdk-lib'` list when it has one, as
 *   `const rds = require(…)` in a file of `require`s, by name when the file imports every
 *   submodule by name, else `import * as rds from 'aws-cdk-lib/aws-rds'` (what `cdk init` writes);
 * - new import lines go after the last import (else at the top), in the file's quote and
 *   semicolon style;
 * - a name the snippet expects (`vpc`) that is not in scope at the offset becomes a tab stop
 *   offering the names in scope that look like it (`this.vpc`, `props.vpc`, `sharedVpc`), or,
 *   when there is none, a `/* your VPC *\/` placeholder that does not compile until it is filled.
 *
 * Pure: the TypeScript compiler API parses the file (./typescript.ts loads it lazily); without it
 * the body comes back unchanged with no edits (the loader says why, once).
 */
import type * as TS from 'typescript';
import { typescript } from './typescript';

/** One snippet as the completion list shows it. */
export interface CdkSnippet {
  prefix: string;
  /** Its short name (the key in the snippet file). */
  name: string;
  description: string;
  /** VS Code snippet syntax. */
  body: string;
}

/** A text insertion at an offset of the original file. */
export interface Insert {
  offset: number;
  text: string;
}

export interface FittedSnippet {
  /** The body with the file's names (VS Code snippet syntax). */
  body: string;
  /** Insertions into the file (imports), sorted by offset, none overlapping the insertion point. */
  edits: Insert[];
  /** What the edits add, for the item's details (`import * as rds from 'aws-cdk-lib/aws-rds'`, `Duration`). */
  added: string[];
  /** Names the snippet expects that are not in scope (their tab stop must be filled). */
  unfilled: string[];
}

/** A module the snippet bodies use by alias. */
export interface SnippetModule {
  alias: string;
  /** `aws-cdk-lib` or `aws-cdk-lib/aws-rds`. */
  path: string;
  /** The root module's export (`aws_rds`); undefined for aws-cdk-lib itself. */
  member?: string;
}

/** The snippet that lists the module aliases: read for its aliases, not offered (every snippet brings its imports). */
export const IMPORTS_SNIPPET = 'adb-cdk-imports';
const LIB = 'aws-cdk-lib';

/** The aliases of the `adb-cdk-imports` snippet: `import * as cdk from 'aws-cdk-lib'`, `aws_rds as rds`. */
export function snippetModules(importsBody: string): Map<string, SnippetModule> {
  const out = new Map<string, SnippetModule>();
  const root = /import \* as (\w+) from '(aws-cdk-lib)'/.exec(importsBody);
  if (root) out.set(root[1], { alias: root[1], path: LIB });
  for (const m of importsBody.matchAll(/\b(aws_\w+) as (\w+)/g)) out.set(m[2], { alias: m[2], path: `${LIB}/${m[1].replace(/_/g, '-')}`, member: m[1] });
  return out;
}

/** The snippets of a parsed snippet file (`{ name: { prefix, description, body } }`); entries that are not snippets are skipped. */
export function cdkSnippetsOf(json: unknown): CdkSnippet[] {
  if (typeof json !== 'object' || json === null) return [];
  const out: CdkSnippet[] = [];
  for (const [name, v] of Object.entries(json as Record<string, unknown>)) {
    const s = v as { prefix?: unknown; description?: unknown; body?: unknown } | null;
    if (!s || typeof s.prefix !== 'string' || !Array.isArray(s.body)) continue;
    out.push({ prefix: s.prefix, name, description: typeof s.description === 'string' ? s.description : '', body: s.body.filter((l): l is string => typeof l === 'string').join('\n') });
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// The snippet body: module references and expected names.

interface Ref {
  start: number;
  end: number;
  alias: string;
  member: string;
}

/** `alias.Member` references outside the body's string literals (`'dax.amazonaws.com'` is not `dax.`). */
function references(body: string, modules: Map<string, SnippetModule>): Ref[] {
  const out: Ref[] = [];
  const code: [number, number][] = [];
  let from = 0;
  for (let i = 0; i < body.length; i++) {
    if (body[i] === '\\') i++;
    else if (body[i] === "'") {
      code.push([from, i]);
      const close = body.indexOf("'", i + 1);
      i = close < 0 ? body.length : close;
      from = i + 1;
    }
  }
  code.push([from, body.length]);
  for (const [a, b] of code) {
    for (const m of body.slice(a, b).matchAll(/(?<![\w$.])([A-Za-z_]\w*)\.([A-Za-z_]\w*)/g)) {
      if (modules.has(m[1])) out.push({ start: a + m.index, end: a + m.index + m[0].length, alias: m[1], member: m[2] });
    }
  }
  return out;
}

/** Names the snippets take from the code around them, what to call them when missing, and names that look like them. */
const EXPECTED: Record<string, { hint: string; like: RegExp }> = {
  vpc: { hint: 'your VPC', like: /vpc$/i },
  database: { hint: 'your DB instance', like: /(database|instance|db)$/i },
  cluster: { hint: 'your DB cluster', like: /cluster$/i },
  table: { hint: 'your DynamoDB table', like: /table$/i },
};

// ---------------------------------------------------------------------------------------------
// The file: its imports, the names it declares, what is in scope.

interface Element {
  /** The exported name (`aws_rds`, `Duration`). */
  name: string;
  local: string;
  typeOnly: boolean;
}

interface Site {
  path: string;
  kind: 'import' | 'require';
  typeOnly: boolean;
  ns?: string;
  /** Named bindings: the list, and where to add to it. */
  named?: { elements: Element[]; open: number; close: number; lastEnd?: number; trailingComma: boolean; multiline: boolean; indent: string };
}

interface FileInfo {
  sites: Site[];
  /** Where new import lines go (the start of the line after the last import), or undefined: the top. */
  anchor?: number;
  quote: string;
  semi: boolean;
  declared: Set<string>;
  /** The file imports with `require` only (`const x = require(…)`). */
  requireStyle: boolean;
  /** The file imports with `import x = require(…)` only. */
  importEqualsStyle: boolean;
}

function isRequire(ts: typeof TS, e: TS.Expression | undefined): string | undefined {
  if (e && ts.isCallExpression(e) && ts.isIdentifier(e.expression) && e.expression.text === 'require' && e.arguments.length === 1 && ts.isStringLiteral(e.arguments[0])) return e.arguments[0].text;
  return undefined;
}

function namedOf(ts: typeof TS, sf: TS.SourceFile, text: string, node: TS.NamedImports | TS.ObjectBindingPattern): NonNullable<Site['named']> {
  const elements: Element[] = [];
  for (const el of node.elements as readonly (TS.ImportSpecifier | TS.BindingElement)[]) {
    if (ts.isBindingElement(el)) {
      if (el.dotDotDotToken || !ts.isIdentifier(el.name)) continue;
      const name = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.name.text;
      elements.push({ name, local: el.name.text, typeOnly: false });
    } else {
      elements.push({ name: (el.propertyName ?? el.name).text, local: el.name.text, typeOnly: el.isTypeOnly });
    }
  }
  const open = node.getStart(sf);
  const close = node.end - 1;
  const last = node.elements[node.elements.length - 1];
  const lineStart = last ? text.lastIndexOf('\n', last.getStart(sf) - 1) + 1 : open;
  const indent = last ? /^[ \t]*/.exec(text.slice(lineStart))![0] : '';
  return { elements, open, close, lastEnd: last?.end, trailingComma: node.elements.hasTrailingComma, multiline: text.slice(open, close).includes('\n'), indent };
}

function readFile(ts: typeof TS, sf: TS.SourceFile, text: string, offset: number): FileInfo {
  const sites: Site[] = [];
  let lastEnd: number | undefined;
  let quote: string | undefined;
  let semis = 0;
  let bare = 0;
  let esm = false;
  let equals = 0;
  // The statement being typed (the snippet's prefix) says nothing about the file's style.
  const ends = (st: TS.Statement) => (st.getStart(sf) <= offset && offset <= st.end ? 0 : text[st.end - 1] === ';' ? semis++ : bare++);
  for (const st of sf.statements) {
    if (ts.isImportDeclaration(st) && ts.isStringLiteral(st.moduleSpecifier)) {
      esm = true;
      lastEnd = st.end;
      ends(st);
      quote ??= text[st.moduleSpecifier.getStart(sf)];
      const c = st.importClause;
      const site: Site = { path: st.moduleSpecifier.text, kind: 'import', typeOnly: !!c?.isTypeOnly };
      if (c?.namedBindings && ts.isNamespaceImport(c.namedBindings)) site.ns = c.namedBindings.name.text;
      if (c?.namedBindings && ts.isNamedImports(c.namedBindings)) site.named = namedOf(ts, sf, text, c.namedBindings);
      sites.push(site);
    } else if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference) && ts.isStringLiteral(st.moduleReference.expression)) {
      esm = true;
      equals++;
      lastEnd = st.end;
      ends(st);
      quote ??= text[st.moduleReference.expression.getStart(sf)];
      sites.push({ path: st.moduleReference.expression.text, kind: 'import', typeOnly: st.isTypeOnly, ns: st.name.text });
    } else if (ts.isVariableStatement(st) && st.declarationList.declarations.some((d) => isRequire(ts, d.initializer))) {
      lastEnd = st.end;
      ends(st);
      for (const d of st.declarationList.declarations) {
        const path = isRequire(ts, d.initializer);
        if (path === undefined) continue;
        quote ??= text[(d.initializer as TS.CallExpression).arguments[0].getStart(sf)];
        if (ts.isIdentifier(d.name)) sites.push({ path, kind: 'require', typeOnly: false, ns: d.name.text });
        else if (ts.isObjectBindingPattern(d.name)) sites.push({ path, kind: 'require', typeOnly: false, named: namedOf(ts, sf, text, d.name) });
      }
    }
  }
  const declared = new Set<string>();
  const visit = (n: TS.Node): void => {
    const name = (n as { name?: TS.Node }).name;
    if (name && ts.isIdentifier(name) && (ts.isVariableDeclaration(n) || ts.isParameter(n) || ts.isBindingElement(n) || ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n) || ts.isInterfaceDeclaration(n) || ts.isTypeAliasDeclaration(n) || ts.isEnumDeclaration(n) || ts.isImportSpecifier(n) || ts.isNamespaceImport(n) || ts.isImportClause(n) || ts.isImportEqualsDeclaration(n) || ts.isModuleDeclaration(n))) declared.add(name.text);
    if (!sites.length || lastEnd === undefined) {
      // No import tells the style: the file's own strings and statements do.
      if (ts.isStringLiteral(n)) quote ??= text[n.getStart(sf)];
      if (ts.isExpressionStatement(n) || ts.isVariableStatement(n) || ts.isReturnStatement(n)) ends(n as TS.Statement);
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  let anchor: number | undefined;
  if (lastEnd !== undefined) {
    const nl = text.indexOf('\n', lastEnd);
    anchor = nl < 0 ? text.length : nl + 1;
  }
  return { sites, anchor, quote: quote === '"' ? '"' : "'", semi: semis >= bare, declared, requireStyle: !esm && sites.length > 0, importEqualsStyle: equals > 0 && equals === sites.filter((x) => x.kind === 'import').length };
}

interface Scope {
  names: Set<string>;
  /** `this.x` and `props.x` expressions available at the offset. */
  members: string[];
}

/** The names declared where `offset` can see them (locals before it, parameters, module names), and `this.`/`props.` members. */
function scopeAt(ts: typeof TS, sf: TS.SourceFile, offset: number): Scope {
  const names = new Set<string>();
  const members: string[] = [];
  const inside = (n: TS.Node) => n.getStart(sf) <= offset && offset <= n.end;
  const blockOf = (n: TS.Node): TS.Node => {
    let p = n.parent;
    while (p && !(ts.isBlock(p) || ts.isSourceFile(p) || ts.isModuleBlock(p) || ts.isCaseBlock(p) || ts.isForStatement(p) || ts.isForOfStatement(p) || ts.isForInStatement(p) || ts.isCatchClause(p) || ts.isFunctionLike(p))) p = p.parent;
    return p ?? sf;
  };
  const functionOf = (n: TS.Node): TS.Node => {
    let p = n.parent;
    while (p && !(ts.isFunctionLike(p) || ts.isSourceFile(p))) p = p.parent;
    return p ?? sf;
  };
  const bind = (name: TS.BindingName, scope: TS.Node) => {
    if (!inside(scope)) return;
    if (ts.isIdentifier(name)) names.add(name.text);
    else for (const el of name.elements) if (!ts.isOmittedExpression(el)) bind(el.name, scope);
  };
  /** Members of a type declared in this file (`interface StackProps { vpc: ec2.IVpc }`), the required ones. */
  const typeMembers = (t: TS.TypeNode | undefined): string[] => {
    if (!t) return [];
    let decl: TS.Node | undefined = t;
    if (ts.isTypeReferenceNode(t) && ts.isIdentifier(t.typeName)) {
      const name = t.typeName.text;
      decl = sf.statements.find((s) => (ts.isInterfaceDeclaration(s) || ts.isTypeAliasDeclaration(s)) && s.name.text === name);
      if (decl && ts.isTypeAliasDeclaration(decl)) decl = decl.type;
    }
    const list = decl && (ts.isInterfaceDeclaration(decl) || ts.isTypeLiteralNode(decl)) ? decl.members : [];
    return list.filter((m) => ts.isPropertySignature(m) && !m.questionToken && ts.isIdentifier(m.name)).map((m) => (m.name as TS.Identifier).text);
  };
  const visit = (n: TS.Node): void => {
    if (ts.isVariableDeclaration(n)) {
      const list = n.parent;
      const blockScoped = ts.isVariableDeclarationList(list) && (list.flags & (ts.NodeFlags.Let | ts.NodeFlags.Const)) !== 0;
      // Declared before the offset (a const after it is not usable there), and not the one being typed into.
      if (n.end <= offset) bind(n.name, blockScoped ? blockOf(list.parent ?? n) : functionOf(n));
    } else if (ts.isParameter(n)) {
      const fn = n.parent;
      const body = (fn as { body?: TS.Node }).body;
      if (body && inside(body)) {
        bind(n.name, fn);
        if (ts.isIdentifier(n.name) && !n.questionToken) for (const m of typeMembers(n.type)) members.push(`${n.name.text}.${m}`);
      }
    } else if ((ts.isFunctionDeclaration(n) || ts.isClassDeclaration(n)) && n.name) {
      bind(n.name, blockOf(n));
    } else if (ts.isImportClause(n) || ts.isImportSpecifier(n) || ts.isNamespaceImport(n) || ts.isImportEqualsDeclaration(n)) {
      if (n.name) names.add(n.name.text);
    }
    if ((ts.isClassDeclaration(n) || ts.isClassExpression(n)) && inside(n)) {
      for (const m of n.members) {
        if (ts.isPropertyDeclaration(m) && ts.isIdentifier(m.name) && !(ts.getCombinedModifierFlags(m) & ts.ModifierFlags.Static)) members.push(`this.${m.name.text}`);
        if (ts.isConstructorDeclaration(m)) {
          for (const p of m.parameters) if (ts.isIdentifier(p.name) && ts.isParameterPropertyDeclaration(p, m)) members.push(`this.${p.name.text}`);
        }
      }
    }
    ts.forEachChild(n, visit);
  };
  visit(sf);
  return { names, members: [...new Set(members)] };
}

// ---------------------------------------------------------------------------------------------
// Fitting one snippet.

type Resolution = { ns: string } | { locals: Map<string, string> };

/** A parsed file, for fitting several snippets at one offset (the completion list). */
export interface SnippetContext {
  ts: typeof TS;
  text: string;
  offset: number;
  file: FileInfo;
  scope: Scope;
}

/** Parses the file once; undefined when the TypeScript compiler cannot be loaded. */
export function snippetContext(text: string, offset: number, fileName = 'file.ts'): SnippetContext | undefined {
  const ts = typescript();
  if (!ts) return undefined;
  const sf = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  return { ts, text, offset, file: readFile(ts, sf, text, offset), scope: scopeAt(ts, sf, offset) };
}

/** The snippet body for this file at this offset, and the imports to add. */
export function fitSnippet(body: string, modules: Map<string, SnippetModule>, ctx: SnippetContext | undefined): FittedSnippet {
  if (!ctx) return { body, edits: [], added: [], unfilled: [] };
  const { file, text } = ctx;
  const refs = references(body, modules);
  const used = new Map<string, Set<string>>();
  for (const r of refs) {
    if (!used.has(r.alias)) used.set(r.alias, new Set());
    used.get(r.alias)!.add(r.member);
  }
  const taken = new Set(file.declared);
  const free = (n: string) => !taken.has(n);
  const additions = new Map<Site, string[]>();
  const newLines: { path: string; line: string }[] = [];
  const added: string[] = [];
  const addTo = (site: Site, name: string, local: string) => {
    const spec = name === local ? name : site.kind === 'require' ? `${name}: ${local}` : `${name} as ${local}`;
    if (!additions.has(site)) additions.set(site, []);
    additions.get(site)!.push(spec);
    added.push(spec);
    taken.add(local);
  };
  const q = file.quote;
  const semi = file.semi ? ';' : '';
  const valueSites = file.sites.filter((s) => !s.typeOnly);
  const rootNamed = valueSites.find((s) => s.path === LIB && s.named);
  const moduleList = rootNamed && valueSites.some((s) => s.path === LIB && s.named?.elements.some((e) => e.name.startsWith('aws_') && !e.typeOnly));
  const aliasedList = !!rootNamed?.named?.elements.some((e) => e.name.startsWith('aws_') && e.local !== e.name) || !valueSites.some((s) => s.path === LIB && s.named?.elements.some((e) => e.name.startsWith('aws_')));
  const submodules = valueSites.filter((s) => s.path.startsWith(`${LIB}/`));
  const byName = submodules.length > 0 && submodules.every((s) => !s.ns && s.named);
  const newLocal = (m: SnippetModule) => (free(m.alias) ? m.alias : m.member && free(m.member) ? m.member : `${m.alias}Lib`);

  const resolved = new Map<string, Resolution>();
  for (const [alias, members] of used) {
    const m = modules.get(alias)!;
    // 1. The file binds the module to a name.
    let ns = valueSites.find((s) => s.path === m.path && s.ns)?.ns;
    if (!ns && m.member) for (const s of valueSites) if (s.path === LIB) ns ??= s.named?.elements.find((e) => e.name === m.member && !e.typeOnly)?.local;
    if (ns) {
      resolved.set(alias, { ns });
      continue;
    }
    // 2. The file imports the module's names one by one (or, for aws-cdk-lib, has a list of its modules): use names.
    const own = valueSites.filter((s) => s.path === m.path && s.named);
    const bound = new Map<string, string>();
    for (const s of own) for (const e of s.named!.elements) if (!e.typeOnly && !e.name.startsWith('aws_')) bound.set(e.name, e.local);
    const target = own[0] ?? (m.member ? undefined : rootNamed);
    const newByName = !target && m.member && byName;
    if (target || newByName) {
      const missing = [...members].filter((x) => !bound.has(x));
      if (missing.every(free)) {
        const locals = new Map<string, string>();
        for (const x of members) locals.set(x, bound.get(x) ?? x);
        if (target) for (const x of missing) addTo(target, x, x);
        else {
          const line = file.requireStyle ? `const { ${missing.join(', ')} } = require(${q}${m.path}${q})${semi}` : `import { ${missing.join(', ')} } from ${q}${m.path}${q}${semi}`;
          newLines.push({ path: m.path, line });
          for (const x of missing) taken.add(x);
        }
        resolved.set(alias, { locals });
        continue;
      }
    }
    // 3. Import the module's namespace, the way the file imports the others.
    const local = newLocal(m);
    taken.add(local);
    if (m.member && moduleList && rootNamed) addTo(rootNamed, m.member, aliasedList ? local : m.member);
    else {
      const line = file.requireStyle ? `const ${local} = require(${q}${m.path}${q})${semi}` : file.importEqualsStyle ? `import ${local} = require(${q}${m.path}${q})${semi}` : `import * as ${local} from ${q}${m.path}${q}${semi}`;
      newLines.push({ path: m.path, line });
    }
    resolved.set(alias, { ns: m.member && moduleList && rootNamed && !aliasedList ? m.member : local });
  }

  // The body with the file's names, from the end so offsets hold.
  let out = body;
  for (const r of [...refs].sort((a, b) => b.start - a.start)) {
    const res = resolved.get(r.alias)!;
    const repl = 'ns' in res ? `${res.ns}.${r.member}` : res.locals.get(r.member)!;
    out = out.slice(0, r.start) + repl + out.slice(r.end);
  }
  const unfilled: string[] = [];
  out = expectedNames(out, ctx.scope, unfilled);

  const edits: Insert[] = [];
  for (const [site, specs] of additions) edits.push(addSpecifiers(site, specs, text));
  if (newLines.length) {
    // aws-cdk-lib first, then its modules by name (as `cdk init` and the imports snippet order them).
    const lines = newLines.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)).map((l) => l.line);
    added.push(...lines);
    if (file.anchor !== undefined) edits.push({ offset: file.anchor, text: `${file.anchor === text.length && !text.endsWith('\n') ? '\n' : ''}${lines.join('\n')}\n` });
    else {
      const start = text.startsWith('#!') ? (text.indexOf('\n') + 1 || text.length) : 0;
      const rest = text.slice(start);
      edits.push({ offset: start, text: `${lines.join('\n')}\n${rest.trim() === '' || /^[ \t]*\r?\n/.test(rest) ? '' : '\n'}` });
    }
  }
  edits.sort((a, b) => a.offset - b.offset);
  return { body: out, edits, added, unfilled };
}

/** One insertion adding specifiers to an existing `{ … }` list. */
function addSpecifiers(site: Site, specs: string[], text: string): Insert {
  const n = site.named!;
  if (n.lastEnd === undefined) return { offset: n.open + 1, text: ` ${specs.join(', ')} ` };
  if (n.multiline) {
    const at = n.trailingComma ? text.indexOf(',', n.lastEnd) + 1 : n.lastEnd;
    return { offset: at, text: `${n.trailingComma ? '' : ','}${specs.map((s) => `\n${n.indent}${s}`).join(',')}${n.trailingComma ? ',' : ''}` };
  }
  return { offset: n.lastEnd, text: specs.map((s) => `, ${s}`).join('') };
}

/** The tab stops of the names the snippet expects (`${6:vpc}`): kept when in scope, else what is there, else a hint. */
function expectedNames(body: string, scope: Scope, unfilled: string[]): string {
  const declaredBySnippet = new Set<string>();
  for (const m of body.matchAll(/\b(?:const|let|var)\s+\$\{(\d+):/g)) declaredBySnippet.add(m[1]);
  const seen = new Set<string>();
  return body.replace(/\$\{(\d+):(\w+)\}/g, (all, index: string, name: string) => {
    const want = Object.hasOwn(EXPECTED, name) ? EXPECTED[name] : undefined;
    if (!want || declaredBySnippet.has(index) || scope.names.has(name)) return all;
    // Later occurrences mirror the first (`$6`), which carries the choice.
    if (seen.has(index)) return `$${index}`;
    seen.add(index);
    const like = [...scope.members.filter((m) => m.endsWith(`.${name}`)), ...[...scope.names].filter((n) => /^[a-z]/.test(n) && want.like.test(n)), ...scope.members.filter((m) => !m.endsWith(`.${name}`) && want.like.test(m))];
    const choices = [...new Set(like)].slice(0, 6);
    if (choices.length) return `\${${index}|${choices.join(',')}|}`;
    unfilled.push(name);
    return `\${${index}:/* ${want.hint} */}`;
  });
}

// ---------------------------------------------------------------------------------------------
// The completion list.

export interface SnippetCompletion extends CdkSnippet, FittedSnippet {
  /** The snippet as written (before fitting), for its documentation. */
  source: string;
}

/** The text being typed at `offset` (letters, digits and `-`), when it can start an `adb-cdk-` prefix. */
export function snippetWord(text: string, offset: number): { start: number; word: string } | undefined {
  let start = offset;
  while (start > 0 && /[A-Za-z0-9-]/.test(text[start - 1])) start--;
  const word = text.slice(start, offset);
  if (start > 0 && /[\w$.'"`]/.test(text[start - 1])) return undefined;
  return /^(a|ad|adb|adb-.*)?$/i.test(word) ? { start, word } : undefined;
}

/**
 * The CDK snippets to offer at `offset` (`explicit`: asked for with Ctrl+Space, where an empty
 * word offers them too), each fitted to the file; undefined when the text typed is not the start
 * of one; `incomplete` with no item after `a` or `ad` (ask again after the next character).
 */
export function cdkSnippetCompletions(text: string, offset: number, snippets: readonly CdkSnippet[], explicit = false, fileName?: string): { start: number; items: SnippetCompletion[]; incomplete?: true } | undefined {
  const w = snippetWord(text, offset);
  if (!w || (!w.word && !explicit)) return undefined;
  // `a`, `ad` while typing: nothing yet, but ask again on the next character (the editor asks at a
  // word's first letter; parsing the file for every word that starts with `a` would be wasted).
  if (!explicit && w.word.length < 3) return { start: w.start, items: [], incomplete: true };
  const imports = snippets.find((s) => s.prefix === IMPORTS_SNIPPET);
  const modules = snippetModules(imports?.body ?? '');
  const ctx = snippetContext(text, w.start, fileName);
  const items = snippets.filter((s) => s !== imports).map((s) => ({ ...s, source: s.body, ...fitSnippet(s.body, modules, ctx) }));
  return { start: w.start, items };
}
