/** Generated documentation: each function returns a file's full text, so a test can compare it with the committed one. */
import { RULES } from '../src/core/rules';
import { PEER_RULES } from '../src/core/peers';
import { limitsMarkdown } from '../src/cli/limits';
import { SNIPPET_FILES } from '../snippets/build';
import { suppressionsMarkdown } from './suppressions';
import { CONDITIONS, EXTRA, guardedTypes, TABLE_SOURCE, typeInfo } from '../src/core/dataloss';

const SEV = { error: 'Error', warning: 'Warning', info: 'Information' } as const;
const FORM = { cloudformation: 'CloudFormation', 'aws-cli': 'AWS CLI', cdk: 'CDK', terraform: 'Terraform' } as const;

export function rulesMarkdown(): string {
  const out: string[] = [
    '# Rules',
    '',
    '<!-- Generated from src/core/rules by `npm run docs`; a test fails when this file is stale. Do not edit. -->',
    '',
    `${RULES.length} rules. Severity is the default; change it with the setting \`awsDbArchitect.rules\` or \`--rule ID=off|error|warning|info\`.`,
    'Rules marked *production* fire only when the file looks like production (setting `awsDbArchitect.production`).',
    '',
    '| ID | Title | Severity | Services | Forms |',
    '| --- | --- | --- | --- | --- |',
    ...RULES.map((r) => `| [${r.id}](#${r.id.toLowerCase()}) | ${r.title} | ${SEV[r.severity]}${r.productionOnly ? ' (production)' : ''} | ${r.services.join(', ')} | ${(r.forms ?? ['cloudformation', 'aws-cli', 'cdk', 'terraform']).map((f) => FORM[f]).join(', ')} |`),
    '',
  ];
  for (const r of RULES) {
    // An explicit anchor, so links to #adbnnn hold whatever the heading says; the editor's rule links find the heading line.
    out.push(`<a id="${r.id.toLowerCase()}"></a>`, '', `## ${r.id}`, '', `**${r.title}** · ${SEV[r.severity]}${r.productionOnly ? ' · production only' : ''} · ${r.resourceTypes.join(', ')}`, '', r.description, '');
    if (r.source.note) out.push(`Where the study guide differs: ${r.source.note}`, '');
    const peers = PEER_RULES.filter((p) => p.adb.includes(r.id));
    if (peers.length) out.push(`Same as: ${peers.map((p) => `${p.tool} \`${p.id}\``).join(', ')} (their suppressions also silence this rule).`, '');
    out.push(`Sources: ${[r.source.seed, ...r.source.urls.map((u) => `<${u}>`)].filter(Boolean).join(' · ')}`, '');
  }
  return out.join('\n');
}

export const GENERATED: Record<string, () => string> = {
  'docs/rules.md': rulesMarkdown,
  'docs/limits.md': limitsMarkdown,
  'docs/suppressions.md': suppressionsMarkdown,
  'docs/replacement.md': replacementMarkdown,
  ...SNIPPET_FILES,
};

/** docs/replacement.md: what the data-loss guard (ADB140–ADB144) knows replaces each database resource type. */
export function replacementMarkdown(): string {
  const out: string[] = [
    '# What replaces a database',
    '',
    '<!-- Generated from data/replacement/replacement.json and src/core/dataloss/conditions.ts by `npm run docs`; a test fails when this file is stale. Do not edit. -->',
    '',
    `The data-loss guard (ADB140–ADB144, [rules](rules.md#adb140)) reads which properties of a database resource require replacement from the CloudFormation resource specification in \`${TABLE_SOURCE.package}\` ${TABLE_SOURCE.version} (${TABLE_SOURCE.license}, ${TABLE_SOURCE.repository}), trimmed by \`scripts/gen-replacement.ts\` into \`data/replacement/replacement.json\`. Properties the specification marks as replacing only under a condition ("conditional") are judged by the condition AWS documents in the CloudFormation resource reference (below, with the source); a conditional property with no documented condition gives no finding.`,
    '',
    'Nested properties are written with dots (list items are transparent). *Holds*: `data` — the resource holds the data; `member` — an instance whose data is in its cluster volume; `cache` — a cache in front of data kept elsewhere.',
    '',
  ];
  for (const type of guardedTypes()) {
    const info = typeInfo(type)!;
    const documented = { ...(CONDITIONS[type] ?? {}), ...(EXTRA[type] ?? {}) };
    const undocumented = info.conditional.filter((p) => !documented[p]);
    out.push(`## ${type}`, '', `${info.label} · holds ${info.holds}${info.specStateful ? '' : ' · not marked stateful in the specification'}`, '');
    out.push(`- Replaced when changed, added or removed: ${info.replaces.filter((p) => !documented[p.split('.')[0]]).map((p) => `\`${p}\``).join(', ') || 'none'}`);
    for (const [p, c] of Object.entries(documented)) out.push(`- \`${p}\` replaces on ${c.when} ([source](${c.url}))`);
    if (undocumented.length) out.push(`- Conditional in the specification, no documented condition (no finding): ${undocumented.map((p) => `\`${p}\``).join(', ')}`);
    out.push('');
  }
  return out.join('\n');
}
