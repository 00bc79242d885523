/**
 * Hovers in CloudFormation templates (YAML or JSON): on a resource type, on a property key and on
 * a property value. Works on the model the CloudFormation reader built once for this text.
 */
import type { MapEntry, MapNode, Node } from '../../model';
import { get, intrinsicName } from '../../model';
import { factIndex, isPatternFact } from '../../hover/facts-index';
import { factLine, factsMarkdown, md } from '../../hover/render';
import { replacementHover } from '../../dataloss';
import { cfnDocUrl, RESOURCE_TYPES } from '../../hover/resource-types';
import { engineVersionHover } from '../../hover/engine-version';

/** Where an offset falls inside one resource. */
export interface CfnSpot {
  type: string;
  /** The Type value itself. */
  onType: boolean;
  /** Property path without list indexes (`SSESpecification.SSEEnabled`), when on a property. */
  path?: string;
  /** The scalar value under the cursor, when on a value. */
  value?: string | number | boolean | null;
  /** The resource's Engine, when written as a plain value (the engine-version hover needs it). */
  engine?: string;
}

/** Resource entries of a template, in source order, for binary search by offset. */
export function resourceEntries(root: MapNode | undefined): MapEntry[] {
  const res = get(root, 'Resources');
  return res?.kind === 'map' ? res.entries.filter((e) => e.value.kind === 'map') : [];
}

/** The spot under `offset`, or undefined when it is not inside a typed resource. */
export function locateCfn(entries: readonly MapEntry[], offset: number): CfnSpot | undefined {
  let lo = 0;
  let hi = entries.length - 1;
  let found: MapEntry | undefined;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const e = entries[mid];
    if (offset < e.keySpan.start) hi = mid - 1;
    else if (offset > e.value.end) lo = mid + 1;
    else {
      found = e;
      break;
    }
  }
  if (!found) return undefined;
  const typeNode = get(found.value, 'Type');
  if (typeNode?.kind !== 'scalar' || typeof typeNode.value !== 'string') return undefined;
  const type = typeNode.value;
  if (within(typeNode, offset)) return { type, onType: true };
  const props = get(found.value, 'Properties');
  if (!props || !within(props, offset)) return undefined;
  const hit = locateIn(props, offset, []);
  if (!hit || !hit.path.length) return undefined;
  const engine = get(props, 'Engine');
  return { type, onType: false, path: hit.path.join('.'), value: hit.value, ...(engine?.kind === 'scalar' && typeof engine.value === 'string' ? { engine: engine.value } : {}) };
}

function within(n: { start: number; end: number }, offset: number): boolean {
  return offset >= n.start && offset <= n.end;
}

function locateIn(node: Node, offset: number, path: string[]): { path: string[]; value?: string | number | boolean | null } | undefined {
  if (node.kind === 'scalar') return { path, value: node.value };
  if (node.kind === 'list') {
    for (const item of node.items) if (within(item, offset)) return locateIn(item, offset, path);
    return { path };
  }
  if (node.kind === 'map') {
    // An intrinsic function (`!Ref X`, `Fn::If`) stays on the property that holds it.
    const intrinsic = intrinsicName(node);
    for (const e of node.entries) {
      if (!intrinsic && within(e.keySpan, offset)) return { path: [...path, e.key] };
      if (within(e.value, offset)) return locateIn(e.value, offset, intrinsic ? path : [...path, e.key]);
    }
  }
  return { path };
}

/** Hover text for a spot, or undefined when the knowledge base says nothing about it. */
export function cfnHover(spot: CfnSpot): string | undefined {
  const idx = factIndex();
  if (spot.onType) return typeHover(spot.type);
  const key = `${spot.type}.${spot.path}`;
  const parts: string[] = [];
  if (spot.value !== undefined && spot.value !== null && typeof spot.value !== 'object') {
    const v = String(spot.value);
    let valueFacts = idx.exact('cfn', `${key}=${v}`);
    if (!valueFacts.length) valueFacts = idx.exact('cfn', `${key}=${v.toLowerCase()}`);
    if (valueFacts.length) parts.push(`**${md(spot.path!)}: \`${md(v)}\`** (${md(spot.type)})\n\n${factsMarkdown(valueFacts)}`);
  }
  const version = versionHover(spot);
  if (version) parts.push(version);
  const propFacts = idx.exact('cfn', key);
  const replaces = replacementHover(key);
  if (propFacts.length || replaces) parts.push(`**${md(spot.path!)}** (${md(spot.type)})\n\n${[factsMarkdown(propFacts), replaces].filter(Boolean).join('\n\n')}`);
  return parts.length ? parts.join('\n\n---\n\n') : undefined;
}

/** An engine version value: offered or not, newest minor of its major, support dates (src/core/hover/engine-version.ts). */
function versionHover(spot: CfnSpot): string | undefined {
  if (spot.path !== 'EngineVersion' || spot.value === undefined || spot.value === null || typeof spot.value === 'boolean') return undefined;
  const engine = spot.type === 'AWS::DocDB::DBCluster' ? 'docdb' : spot.engine;
  return engine ? engineVersionHover(engine, String(spot.value)) : undefined;
}

/** A resource type: what it is, the facts about the type, its key limits, the related patterns. */
export function typeHover(type: string): string | undefined {
  const idx = factIndex();
  const own = idx.exact('cfn', type);
  const typeFacts = own.filter((f) => !isPatternFact(f));
  const patterns = own.filter(isPatternFact);
  const limits = idx.under('cfn', `${type}.`).filter((f) => !own.includes(f));
  const what = RESOURCE_TYPES[type];
  if (!what && !own.length && !limits.length) return undefined;
  const parts: string[] = [`**${md(type)}**${what ? `: ${md(what)}` : ''} ([CloudFormation reference](${cfnDocUrl(type)}))`];
  if (typeFacts.length) parts.push(factsMarkdown(typeFacts));
  if (limits.length) {
    // A type can have dozens of property facts: list the first ones; each shows in full on its property.
    const shown = limits.slice(0, MAX_LISTED);
    const more = limits.length - shown.length;
    parts.push(`**Key limits**\n\n${shown.map(factLine).join('\n')}${more > 0 ? `\n- … and ${more} more: hover a property` : ''}`);
  }
  if (patterns.length) parts.push(`**Related pattern${patterns.length > 1 ? 's' : ''}**\n\n${patterns.map(factLine).join('\n')}`);
  return parts.join('\n\n');
}

const MAX_LISTED = 12;
