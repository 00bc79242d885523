/** Generated documentation: each function returns a file's full text, so a test can compare it with the committed one. */
import { RULES } from '../src/core/rules';
import { PEER_RULES } from '../src/core/peers';
import { limitsMarkdown } from '../src/cli/limits';
import { SNIPPET_FILES } from '../snippets/build';
import { suppressionsMarkdown } from './suppressions';

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
    out.push(`## ${r.id}`, '', `**${r.title}** · ${SEV[r.severity]}${r.productionOnly ? ' · production only' : ''} · ${r.resourceTypes.join(', ')}`, '', r.description, '');
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
  ...SNIPPET_FILES,
};
