/**
 * CloudFormation reader: YAML or JSON (SAM included) into the model, keeping the exact span of
 * every key and value and normalising intrinsic short forms (`!Ref x`) to their long form
 * (`{ Ref: x }`) so rules see one shape.
 */
import type { MapEntry, MapNode, ModelDocument, Parameter, ReadProblem, Resource } from '../../model';
import { entry, get, intrinsicName } from '../../model';
import { readJson } from './json';
import { readYaml } from './yaml';
import { dropDuplicateKeys } from './duplicates';
import { expandResources, FOR_EACH, mayUseForEach } from './foreach';
import { collectInlineSuppressions } from '../../suppress';
import { collectTemplateHints } from '../../production';

/** Cheap test, before any parsing, that a text may be a template. */
const MAYBE_TEMPLATE = /(^|[\s{,])["']?(AWSTemplateFormatVersion|Resources)["']?\s*:/m;
const RESOURCE_TYPE = /^(AWS|Alexa|Custom)::/;

/** True when the text looks like it could be a CloudFormation template (no parsing). */
export function mayBeTemplate(text: string): boolean {
  return MAYBE_TEMPLATE.test(text);
}

/** Whether the text is JSON (first non-space character is `{`). */
export function looksLikeJson(text: string): boolean {
  const m = /\S/.exec(text);
  return !!m && m[0] === '{';
}

export interface TemplateRead {
  root?: MapNode;
  problems: ReadProblem[];
}

/** Reads a text as a template. Returns undefined when it is parseable but not a template. */
export function readCloudFormation(text: string, options: { json?: boolean } = {}): ModelDocument | undefined {
  const json = options.json ?? looksLikeJson(text);
  const read = json ? readJson(text) : readYaml(text);
  const root = read.root;
  if (root && !isTemplate(root)) return undefined;
  if (!root && !mayBeTemplate(text)) return undefined;
  const doc: ModelDocument = {
    kind: 'cloudformation',
    text,
    resources: [],
    parameters: new Map(),
    conditions: new Map(),
    root,
    problems: read.problems,
    inlineSuppressions: json ? [] : collectInlineSuppressions(text, '#'),
    productionHints: [],
  };
  if (!root) return doc;
  const duplicates = dropDuplicateKeys(root);
  if (duplicates.length) doc.duplicateKeys = duplicates;
  const params = get(root, 'Parameters');
  if (params?.kind === 'map') {
    for (const e of params.entries) {
      if (e.value.kind === 'map') doc.parameters.set(e.key, { name: e.key, keySpan: e.keySpan, node: e.value } satisfies Parameter);
    }
  }
  const conds = get(root, 'Conditions');
  if (conds?.kind === 'map') for (const e of conds.entries) doc.conditions.set(e.key, e);
  const mappings = get(root, 'Mappings');
  if (mappings?.kind === 'map') doc.mappings = mappings;
  const resources = get(root, 'Resources');
  if (resources?.kind === 'map') {
    // Fn::ForEach loops (AWS::LanguageExtensions) become the resources they generate (./foreach.ts).
    const entries = mayUseForEach(text) ? expandResources(resources.entries).map((x) => x.entry) : resources.entries;
    for (const e of entries) {
      const r = toResource(e);
      if (r) doc.resources.push(r);
    }
  }
  doc.productionHints = collectTemplateHints(doc);
  return doc;
}

function isTemplate(root: MapNode): boolean {
  if (entry(root, 'AWSTemplateFormatVersion')) return true;
  const resources = get(root, 'Resources');
  if (resources?.kind !== 'map') return false;
  for (const e of resources.entries) {
    if (e.key.startsWith(FOR_EACH)) return true;
    const t = get(e.value, 'Type');
    if (t?.kind === 'scalar' && typeof t.value === 'string' && RESOURCE_TYPE.test(t.value)) return true;
  }
  return false;
}

function toResource(e: MapEntry): Resource | undefined {
  if (e.value.kind !== 'map') return undefined;
  const typeNode = get(e.value, 'Type');
  if (typeNode?.kind !== 'scalar' || typeof typeNode.value !== 'string') return undefined;
  const attributes = new Map<string, MapEntry>();
  let properties: MapNode | undefined;
  // `Properties: !If [...]` (or another function): which properties are set is known only per branch,
  // so the resource is read as incomplete: rules judge no setting as missing, and there is no value to judge.
  let complete = true;
  for (const a of e.value.entries) {
    if (a.key === 'Properties') {
      if (a.value.kind === 'map' && !intrinsicName(a.value)) properties = a.value;
      else if (a.value.kind !== 'scalar' || a.value.value !== null) complete = false;
    } else if (a.key !== 'Type') attributes.set(a.key, a);
  }
  return {
    id: e.key,
    type: typeNode.value,
    anchor: e.keySpan,
    span: { start: e.keySpan.start, end: e.value.end },
    properties,
    attributes,
    complete,
    form: 'cloudformation',
  };
}
