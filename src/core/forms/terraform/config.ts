/**
 * A Terraform configuration file as blocks: resources, data sources, modules (with their `source`),
 * variables (default, validation), locals, outputs, providers and `terraform` settings, each with its
 * HCL block and exact spans, plus the file's comments and syntax errors. What the model mapping
 * (reader.ts) and the Terraform-only rules read; nothing here evaluates values.
 */
import type { Span } from '../../text';
import { attribute, blocks, parseHcl, type HclAttribute, type HclBlock, type HclComment, type HclError, type HclExpr, type HclFile } from './hcl';

export interface TfResource {
  /** `resource` or `data`. */
  mode: 'resource' | 'data';
  /** `aws_db_instance`. */
  type: string;
  /** `main`. */
  name: string;
  /** `aws_db_instance.main` (`data.aws_db_instance.main` for a data source). */
  address: string;
  typeLabel: Span;
  nameLabel: Span;
  block: HclBlock;
  /** `count` / `for_each` meta-arguments, when written. */
  count?: HclAttribute;
  forEach?: HclAttribute;
  /** The `lifecycle { ... }` block (prevent_destroy, ignore_changes, create_before_destroy). */
  lifecycle?: HclBlock;
  dependsOn?: HclAttribute;
  provider?: HclAttribute;
}

export interface TfModuleCall {
  name: string;
  nameLabel: Span;
  block: HclBlock;
  /** The literal `source` (`terraform-aws-modules/rds/aws`), when it is a plain string. */
  source?: { value: string; span: Span };
  version?: { value: string; span: Span };
  count?: HclAttribute;
  forEach?: HclAttribute;
}

export interface TfVariable {
  name: string;
  nameLabel: Span;
  block: HclBlock;
  default?: HclAttribute;
  type?: HclAttribute;
  sensitive?: HclAttribute;
  /** `validation { condition = ..., error_message = ... }` blocks. */
  validations: HclBlock[];
}

export interface TfLocal {
  name: string;
  attribute: HclAttribute;
}

export interface TfConfig {
  text: string;
  hcl: HclFile;
  resources: TfResource[];
  modules: TfModuleCall[];
  variables: TfVariable[];
  locals: TfLocal[];
  outputs: HclBlock[];
  providers: HclBlock[];
  /** `terraform { required_providers ... backend ... }` blocks. */
  terraform: HclBlock[];
  comments: HclComment[];
  errors: HclError[];
}

const literalString = (e: HclExpr | undefined): string | undefined => (e?.kind === 'literal' && typeof e.value === 'string' ? e.value : undefined);

/** Reads the text of a `.tf` file into its configuration blocks. Never throws on bad input. */
export function readTfConfig(text: string): TfConfig {
  return configOf(text, parseHcl(text));
}

export function configOf(text: string, hcl: HclFile): TfConfig {
  const body = hcl.body;
  const resources: TfResource[] = [];
  for (const mode of ['resource', 'data'] as const) {
    for (const b of blocks(body, mode)) {
      if (b.labels.length !== 2) continue;
      const [type, name] = b.labels;
      resources.push({
        mode, type: type.value, name: name.value, address: `${mode === 'data' ? 'data.' : ''}${type.value}.${name.value}`,
        typeLabel: { start: type.start, end: type.end }, nameLabel: { start: name.start, end: name.end }, block: b,
        count: attribute(b.body, 'count'), forEach: attribute(b.body, 'for_each'), lifecycle: blocks(b.body, 'lifecycle')[0],
        dependsOn: attribute(b.body, 'depends_on'), provider: attribute(b.body, 'provider'),
      });
    }
  }
  const modules: TfModuleCall[] = blocks(body, 'module').filter((b) => b.labels.length === 1).map((b) => {
    const src = attribute(b.body, 'source');
    const ver = attribute(b.body, 'version');
    const s = literalString(src?.expr);
    const v = literalString(ver?.expr);
    return {
      name: b.labels[0].value, nameLabel: { start: b.labels[0].start, end: b.labels[0].end }, block: b,
      source: s !== undefined ? { value: s, span: { start: src!.expr.start, end: src!.expr.end } } : undefined,
      version: v !== undefined ? { value: v, span: { start: ver!.expr.start, end: ver!.expr.end } } : undefined,
      count: attribute(b.body, 'count'), forEach: attribute(b.body, 'for_each'),
    };
  });
  const variables: TfVariable[] = blocks(body, 'variable').filter((b) => b.labels.length === 1).map((b) => ({
    name: b.labels[0].value, nameLabel: { start: b.labels[0].start, end: b.labels[0].end }, block: b,
    default: attribute(b.body, 'default'), type: attribute(b.body, 'type'), sensitive: attribute(b.body, 'sensitive'),
    validations: blocks(b.body, 'validation'),
  }));
  const locals: TfLocal[] = [];
  for (const b of blocks(body, 'locals')) for (const it of b.body.items) if (it.kind === 'attribute') locals.push({ name: it.name, attribute: it });
  return {
    text, hcl, resources, modules, variables, locals,
    outputs: blocks(body, 'output'), providers: blocks(body, 'provider'), terraform: blocks(body, 'terraform'),
    comments: hcl.comments, errors: hcl.errors,
  };
}

/** The attributes of a `.tfvars` file (`name = value` lines). */
export function readTfvars(text: string): { file: HclFile; values: Map<string, HclAttribute> } {
  const file = parseHcl(text);
  const values = new Map<string, HclAttribute>();
  for (const it of file.body.items) if (it.kind === 'attribute') values.set(it.name, it);
  return { file, values };
}

/**
 * The version constraints a configuration's `terraform { required_providers { ... } }` blocks put on
 * the AWS provider (`aws = { source = "hashicorp/aws", version = "~> 5.0" }`, or the old `aws = "~> 3.0"`).
 * A local name other than `aws` counts when its source is hashicorp/aws; a literal string only.
 */
export function awsProviderConstraints(terraform: HclBlock[]): string[] {
  const out: string[] = [];
  for (const t of terraform) {
    for (const rp of blocks(t.body, 'required_providers')) {
      for (const it of rp.body.items) {
        if (it.kind !== 'attribute') continue;
        const e = it.expr;
        if (e.kind === 'literal') {
          if (it.name === 'aws' && typeof e.value === 'string') out.push(e.value);
          continue;
        }
        if (e.kind !== 'object') continue;
        const field = (k: string) => e.items.find((x) => (x.key.kind === 'traversal' && !x.key.steps.length ? x.key.root : x.key.kind === 'literal' ? x.key.value : undefined) === k)?.value;
        const source = literalString(field('source'));
        const aws = source ? /^(registry\.terraform\.io\/)?hashicorp\/aws$/i.test(source) : it.name === 'aws';
        const version = literalString(field('version'));
        if (aws && version) out.push(version);
      }
    }
  }
  return out;
}
