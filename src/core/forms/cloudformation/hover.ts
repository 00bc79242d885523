/**
 * Hovers in CloudFormation templates (YAML or JSON): on a resource type, on a property key and on
 * a property value. Works on the model the CloudFormation reader built once for this text.
 */
import type { MapEntry, MapNode, Node } from '../../model';
import { get, intrinsicName } from '../../model';
import { factIndex, isPatternFact } from '../../hover/facts-index';
import { compactHover, factLine, factsMarkdown, md, moreLink, olderGuidance, userTerms } from '../../hover/render';
import type { FactInput } from '../../../knowledge/schema';
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
  let valueFacts: FactInput[] = [];
  let title = `**${md(spot.path!)}** (${md(spot.type)})`;
  if (spot.value !== undefined && spot.value !== null && typeof spot.value !== 'object') {
    const v = String(spot.value);
    const vk = [`${key}=${v}`, `${key}=${v.toLowerCase()}`].find((k) => idx.exact('cfn', k).length);
    if (vk) {
      valueFacts = idx.exact('cfn', vk);
      title = `**${md(spot.path!)}: \`${md(v)}\`** (${md(spot.type)})`;
    }
  }
  const facts = [...new Set([...valueFacts, ...idx.exact('cfn', key)])];
  const changes = replacementHover(key);
  const version = versionHover(spot);
  const own = facts.length || changes ? compactHover(title, facts, { changes, more: facts.length ? { title: `${spot.path} (${spot.type})`, ids: facts.map((f) => f.id), replace: key } : undefined, link: { label: 'CloudFormation reference', url: cfnDocUrl(spot.type) } }) : undefined;
  const parts = [version, own].filter((x): x is string => !!x);
  return parts.length ? parts.join('\n\n---\n\n') : undefined;
}

/** An engine version value: offered or not, newest minor of its major, support dates (src/core/hover/engine-version.ts). */
function versionHover(spot: CfnSpot): string | undefined {
  if (spot.path !== 'EngineVersion' || spot.value === undefined || spot.value === null || typeof spot.value === 'boolean') return undefined;
  const engine = spot.type === 'AWS::DocDB::DBCluster' ? 'docdb' : spot.engine;
  return engine ? engineVersionHover(engine, String(spot.value)) : undefined;
}

/** Lines of Markdown a resource-type hover shows before "More…". */
export const TYPE_HOVER_LINES = 12;
/** Properties whose first limit a resource-type hover lists. */
const KEY_LIMITS = 4;

/** What the knowledge base has on a resource type: its own facts (patterns apart), its properties' limits, what it is; undefined when nothing. */
function typeFactsOf(type: string) {
  const idx = factIndex();
  const own = idx.exact('cfn', type);
  const limits = idx.under('cfn', `${type}.`).filter((f) => !own.includes(f));
  const what = RESOURCE_TYPES[type];
  if (!what && !own.length && !limits.length) return undefined;
  return { idx, own, typeFacts: own.filter((f) => !isPatternFact(f)), patterns: own.filter(isPatternFact), limits, what };
}

/** A resource type in a few lines: what it is, its main facts, its first limits, one link and "More…" for the rest. */
export function typeHover(type: string): string | undefined {
  const t = typeFactsOf(type);
  if (!t) return undefined;
  const { idx, own, typeFacts, patterns, limits, what } = t;
  const lines: string[] = [`**${md(type)}**${what ? `: ${md(what)}` : ''}`];
  for (const f of typeFacts.slice(0, 2)) lines.push(`${md(f.subject)}: ${md(f.value)}`);
  const older = typeFacts.map(olderGuidance).find(Boolean);
  if (older) lines.push(older);
  const footer: string[] = [];
  if (patterns.length) footer.push(`Related pattern${patterns.length > 1 ? 's' : ''}: ${patterns.map((p) => md(p.subject)).join(', ')}`);
  const more = own.length || limits.length ? ` · ${moreLink({ type, title: type })}` : '';
  footer.push(`[CloudFormation reference](${cfnDocUrl(type)})${more}`);
  // What is left of the budget goes to the first limits, one line each (every one shows in full on its property).
  // At most KEY_LIMITS of them: long values wrap, and the hover should show whole without scrolling.
  const room = Math.min(KEY_LIMITS, TYPE_HOVER_LINES - lines.length - footer.length - 1);
  // One line per property (its first fact), so seven variants of one property do not fill the hover.
  if (limits.length && room > 0) {
    const shown: string[] = [];
    const used = new Set<FactInput>(own);
    for (const k of idx.keys('cfn')) {
      if (shown.length >= room) break;
      if (!k.startsWith(`${type}.`) || k.includes('=')) continue;
      const f = idx.exact('cfn', k).find((x) => !used.has(x));
      if (!f) continue;
      used.add(f);
      shown.push(`- **${md(k.slice(type.length + 1))}**: ${md(f.value)}`);
    }
    if (shown.length) lines.push(`**Key limits** (hover a property for details)\n${shown.join('\n')}`);
  }
  return [...lines, ...footer].join('\n\n');
}

/** A resource type in full (the "More…" text): what it is, every fact about it, every limit, the related patterns. */
export function typeDetails(type: string): string | undefined {
  const t = typeFactsOf(type);
  if (!t) return undefined;
  const { typeFacts, patterns, limits, what } = t;
  const parts: string[] = [`**${md(type)}**${what ? `: ${md(userTerms(what))}` : ''} ([CloudFormation reference](${cfnDocUrl(type)}))`];
  if (typeFacts.length) parts.push(factsMarkdown(typeFacts));
  if (limits.length) parts.push(`**Limits**\n\n${limits.map(factLine).join('\n')}`);
  if (patterns.length) parts.push(`**Related pattern${patterns.length > 1 ? 's' : ''}**\n\n${patterns.map(factLine).join('\n')}`);
  return parts.join('\n\n');
}
