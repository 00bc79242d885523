/**
 * Hovers in Terraform: on a database resource's type label (`"aws_db_instance"`) the facts of the
 * CloudFormation type it maps to; on an argument or nested block (its name or its value) the facts of
 * the CloudFormation property it sets (resources.ts, the reader's own mapping), values included
 * (`engine = "aurora-postgresql"`), and what a change does to a deployed database. Terraform names are
 * `[a-z0-9_.]`, shown in code spans unescaped.
 */
import type { FormHover } from '../form';
import { cfnHover, typeHover } from '../cloudformation/hover';
import { md } from '../../hover/render';
import type { Span } from '../../text';
import { readTfConfig, type TfConfig } from './config';
import type { HclBody } from './hcl';
import { RESOURCES, cfnPathOf, join, type ArgSpec, type BlockSpec } from './resources';
import { inputTargets, matchModule } from './modules';

const within = (s: Span, offset: number) => s.start <= offset && offset <= s.end;
const pathOf = (spec: ArgSpec) => (typeof spec === 'string' ? spec : spec.path);

export function terraformHoverDocument(text: string): FormHover {
  let config: TfConfig | undefined;
  return {
    hover(offset) {
      config ??= readTfConfig(text);
      return terraformHover(config, offset);
    },
  };
}

interface Spot {
  tfName: string;
  path: string;
  value?: string | number | boolean | null;
}

/** The argument (or block) under `offset` in a body mapped by `args`/`blocks`, with its CloudFormation path. */
function spotIn(body: HclBody, offset: number, args: Record<string, ArgSpec>, blocks: Record<string, BlockSpec> | undefined, cfn: string, tf: string): Spot | undefined {
  for (const it of body.items) {
    if (!within(it, offset)) continue;
    if (it.kind === 'attribute') {
      const spec = Object.prototype.hasOwnProperty.call(args, it.name) ? args[it.name] : undefined;
      if (!spec) return undefined;
      const e = it.expr;
      let value: Spot['value'];
      if (within(e, offset) && e.kind === 'literal' && (typeof e.value !== 'object' || e.value === null)) {
        value = e.value as Spot['value'];
        if (typeof spec !== 'string' && spec.values && typeof value === 'string' && spec.values[value] !== undefined) value = spec.values[value] as Spot['value'];
      }
      return { tfName: tf + it.name, path: join(cfn, pathOf(spec)), value };
    }
    const type = it.type === 'dynamic' && it.labels.length ? it.labels[0].value : it.type;
    const bs = blocks && Object.prototype.hasOwnProperty.call(blocks, type) ? blocks[type] : undefined;
    if (!bs) return undefined;
    const path = join(cfn, bs.path);
    if (within(it.typeSpan, offset) || (it.type === 'dynamic' && it.labels.length && within(it.labels[0], offset))) return path ? { tfName: tf + type, path } : undefined;
    const inner = it.type === 'dynamic' ? it.body.items.find((x) => x.kind === 'block' && x.type === 'content') : undefined;
    const body2 = inner && inner.kind === 'block' ? inner.body : it.body;
    return spotIn(body2, offset, bs.args, bs.blocks, path, `${tf}${type}.`);
  }
  return undefined;
}

/**
 * In a community module's block (modules.ts): on `source`, what the module is read as and the versions
 * the reading holds for; on an input, the facts of the property the argument it sets maps to.
 */
function moduleHover(config: TfConfig, offset: number): string | undefined {
  for (const call of config.modules) {
    if (!within(call.block, offset)) continue;
    const match = matchModule(call);
    if (!match) return undefined;
    const { entry } = match;
    const name = `${entry.registry}${entry.submodule ? `//${entry.submodule}` : ''}`;
    if (call.source && within(call.source.span, offset)) {
      const types = [...new Set(entry.resources.map((r) => `\`${r.type}\` (${md(RESOURCES[r.type].type)})`))].join(', ');
      const range = `versions ${entry.range.min} to below ${entry.range.below}, from its sources at ${entry.version}`;
      return `\`${name}\` (terraform-aws-modules) is read as ${types}: its inputs are judged as those resources' arguments (${range}).` +
        (match.problem ? `\n\n${match.problem.message}` : '');
    }
    if (match.problem) return undefined;
    const a = call.block.body.items.find((it) => it.kind === 'attribute' && within(it, offset));
    if (!a || a.kind !== 'attribute') return undefined;
    for (const t of inputTargets(entry, a.name)) {
      const path = cfnPathOf(t.type, t.arg);
      if (!path) continue;
      const e = a.expr;
      const value = within(e, offset) && e.kind === 'literal' && (typeof e.value !== 'object' || e.value === null) ? (e.value as Spot['value']) : undefined;
      const type = RESOURCES[t.type].type;
      // A nested property without facts of its own: those of its block (PointInTimeRecoverySpecification).
      const parent = path.includes('.') ? path.slice(0, path.lastIndexOf('.')) : undefined;
      const h = cfnHover({ type, onType: false, path, value }) ?? (parent ? cfnHover({ type, onType: false, path: parent }) : undefined);
      if (h) return `\`${a.name}\` (input of \`${name}\`) sets \`${t.arg}\` of \`${t.type}\`: ${md(path)}\n\n${h}`;
    }
    return undefined;
  }
  return undefined;
}

export function terraformHover(config: TfConfig, offset: number): string | undefined {
  const m = moduleHover(config, offset);
  if (m) return m;
  for (const r of config.resources) {
    if (r.mode !== 'resource' || !within(r.block, offset)) continue;
    const spec = RESOURCES[r.type];
    if (!spec) return undefined;
    if (within(r.typeLabel, offset)) {
      const h = typeHover(spec.type);
      return h ? `\`${r.type}\` (Terraform) is read as ${md(spec.type)}\n\n${h}` : undefined;
    }
    const spot = spotIn(r.block.body, offset, spec.args, spec.blocks, '', '');
    if (!spot || !spot.path) return undefined;
    const h = cfnHover({ type: spec.type, onType: false, path: spot.path, value: spot.value });
    return h ? `\`${spot.tfName}\` (\`${r.type}\`) sets ${md(spot.path)}\n\n${h}` : undefined;
  }
  return undefined;
}
