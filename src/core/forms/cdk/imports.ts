/**
 * What the names of a CDK file mean: which identifiers are aws-cdk-lib modules, classes or
 * enums, however they were imported (`import * as rds from 'aws-cdk-lib/aws-rds'`,
 * `import { aws_rds as rds, RemovalPolicy } from 'aws-cdk-lib'`, `import * as cdk from 'aws-cdk-lib'`
 * then `cdk.aws_rds.X`, `import { DatabaseInstance } from 'aws-cdk-lib/aws-rds'`, `import rds = require('aws-cdk-lib/aws-rds')`,
 * `const { DatabaseInstance } = require('aws-cdk-lib/aws-rds')`).
 */
import type * as TS from 'typescript';

/** A name inside aws-cdk-lib: `module` is `aws-rds` (or '' for the core module), `path` the members. */
export interface Qualified {
  module: string;
  path: string[];
}

export type ImportTable = Map<string, Qualified>;

const LIB = 'aws-cdk-lib';
/** Experimental construct libraries published apart from aws-cdk-lib that the reader knows, to their module name. */
const ALPHA: Record<string, string> = { '@aws-cdk/aws-neptune-alpha': 'aws-neptune-alpha' };

/** `aws_rds` (the core module's export) to `aws-rds`. */
const moduleOfExport = (name: string) => (name.startsWith('aws_') ? `aws-${name.slice(4).replace(/_/g, '-')}` : undefined);

/** The module name (`aws-rds`, '' for the core module) of a module specifier we read, or undefined. */
function moduleOf(spec: string): string | undefined {
  const alpha = ALPHA[spec];
  if (alpha) return alpha;
  if (spec === LIB) return '';
  return spec.startsWith(`${LIB}/`) ? spec.slice(LIB.length + 1) : undefined;
}

/** `require('aws-cdk-lib/aws-rds')`: its module specifier. */
function requireOf(ts: typeof TS, e: TS.Expression | undefined): string | undefined {
  if (!e || !ts.isCallExpression(e) || !ts.isIdentifier(e.expression) || e.expression.text !== 'require' || e.arguments.length !== 1) return undefined;
  const a = e.arguments[0];
  return ts.isStringLiteral(a) ? a.text : undefined;
}

/** Reads the import declarations of a source file. */
export function readImports(ts: typeof TS, sf: TS.SourceFile): ImportTable {
  const table: ImportTable = new Map();
  for (const st of sf.statements) {
    // `import rds = require('aws-cdk-lib/aws-rds')`: a namespace.
    if (ts.isImportEqualsDeclaration(st) && ts.isExternalModuleReference(st.moduleReference) && ts.isStringLiteral(st.moduleReference.expression)) {
      const module = moduleOf(st.moduleReference.expression.text);
      if (module !== undefined) table.set(st.name.text, { module, path: [] });
      continue;
    }
    // `const rds = require('aws-cdk-lib/aws-rds')`, `const { DatabaseCluster } = require('aws-cdk-lib/aws-rds')` (top level, const only).
    if (ts.isVariableStatement(st) && st.declarationList.flags & ts.NodeFlags.Const) {
      for (const d of st.declarationList.declarations) {
        const spec = requireOf(ts, d.initializer);
        const module = spec === undefined ? undefined : moduleOf(spec);
        if (module === undefined) continue;
        if (ts.isIdentifier(d.name)) table.set(d.name.text, { module, path: [] });
        else if (ts.isObjectBindingPattern(d.name)) {
          for (const el of d.name.elements) {
            if (el.dotDotDotToken || !ts.isIdentifier(el.name)) continue;
            const original = el.propertyName && ts.isIdentifier(el.propertyName) ? el.propertyName.text : el.propertyName ? undefined : el.name.text;
            if (!original) continue;
            const sub = module === '' ? moduleOfExport(original) : undefined;
            table.set(el.name.text, sub ? { module: sub, path: [] } : { module, path: [original] });
          }
        }
      }
      continue;
    }
    if (!ts.isImportDeclaration(st) || !ts.isStringLiteral(st.moduleSpecifier) || !st.importClause) continue;
    const module = moduleOf(st.moduleSpecifier.text);
    if (module === undefined) continue;
    const b = st.importClause.namedBindings;
    if (b && ts.isNamespaceImport(b)) table.set(b.name.text, { module, path: [] });
    if (b && ts.isNamedImports(b)) {
      for (const el of b.elements) {
        const original = (el.propertyName ?? el.name).text;
        const sub = module === '' ? moduleOfExport(original) : undefined;
        table.set(el.name.text, sub ? { module: sub, path: [] } : { module, path: [original] });
      }
    }
  }
  return table;
}

/** The aws-cdk-lib name an expression denotes (`rds.StorageType.GP2`), or undefined. */
export function qualify(ts: typeof TS, table: ImportTable, e: TS.Expression): Qualified | undefined {
  if (ts.isIdentifier(e)) return table.get(e.text);
  if (ts.isPropertyAccessExpression(e) && ts.isIdentifier(e.name)) {
    const q = qualify(ts, table, e.expression);
    if (!q) return undefined;
    const name = e.name.text;
    if (q.module === '' && q.path.length === 0) {
      const sub = moduleOfExport(name);
      if (sub) return { module: sub, path: [] };
    }
    return { module: q.module, path: [...q.path, name] };
  }
  return undefined;
}

/** Whether a text imports aws-cdk-lib (the reader's cheap acceptance test): `from 'aws-cdk-lib…'` or `require('aws-cdk-lib…')`. */
/**
 * The first import of a CDK v1 package (`@aws-cdk/core`, `@aws-cdk/aws-rds`...): the span of its name
 * inside the quotes. v2's experimental `@aws-cdk/…-alpha` packages and the toolkit's own packages are not v1.
 */
export function cdkV1Import(text: string): { start: number; end: number; name: string } | undefined {
  const m = /(?:\bfrom\s+|\bimport\s+|\brequire\(\s*)(['"])(@aws-cdk\/(?:core|aws-[a-z0-9-]+)(?:\/[\w./-]*)?)\1/.exec(text);
  if (!m || /-alpha(\/|$)/.test(m[2])) return undefined;
  const start = m.index + m[0].length - 1 - m[2].length;
  return { start, end: start + m[2].length, name: m[2] };
}

export function importsCdk(text: string): boolean {
  return /(from\s+|require\(\s*)['"]aws-cdk-lib(\/[\w-]+)?['"]/.test(text);
}
