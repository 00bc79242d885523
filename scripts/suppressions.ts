/** docs/suppressions.md, generated from the peer table (src/core/peers.ts) so it cannot drift from the code. */
import { PEER_RULES, type PeerRule } from '../src/core/peers';
import { RULES } from '../src/core/rules';

const TOOLS: { tool: PeerRule['tool']; name: string; where: string }[] = [
  { tool: 'cfn-lint', name: 'cfn-lint', where: '`Metadata.cfn-lint.config.ignore_checks: [ID]`' },
  { tool: 'cfn_nag', name: 'cfn_nag', where: '`Metadata.cfn_nag.rules_to_suppress: [{id: ID, reason: ...}]`' },
  { tool: 'cdk-nag', name: 'cdk-nag (AwsSolutions pack)', where: '`Metadata.cdk_nag.rules_to_suppress: [{id: ID, reason: ...}]` (what `NagSuppressions` writes)' },
  { tool: 'checkov', name: 'checkov', where: '`Metadata.checkov.skip: [{id: ID, comment: ...}]`' },
  { tool: 'cfn-guard', name: 'cfn-guard (AWS Guard Rules Registry)', where: '`Metadata.guard.SuppressedRules: [RULE_NAME]`' },
  { tool: 'trivy', name: 'Trivy / tfsec (Terraform)', where: '`#trivy:ignore:ID` or `#tfsec:ignore:ID` on the line before the resource (the whole resource), or before or after an argument (that line); the AVD ID, `AWS-NNNN` or the long ID. Terraform also reads checkov\'s `#checkov:skip=CKV_AWS_NN` inside a resource block (the whole resource), with the checkov IDs below' },
  { tool: 'tflint', name: 'tflint (tflint-ruleset-aws, Terraform)', where: '`# tflint-ignore: NAME, NAME` (or `//`) on the line or the line before it, as tflint reads it; `all` silences every rule of ours there; `# tflint-ignore-file: NAME` before the first block silences the whole file (in `.tf.json`, a top-level `"//": "tflint-ignore-file: NAME"`). Not mapped: `aws_db_instance_previous_type` and the `*_default_parameter_group` rules (we have no rule on previous-generation RDS classes or default parameter groups), and the account-reading rules (`*_invalid_parameter_group`, `*_invalid_subnet_group`, ...)' },
];

const RELATION: Record<PeerRule['relation'], string> = {
  same: 'same',
  'peer-broader': 'peer broader',
  'peer-narrower': 'peer narrower',
};

/** The whole text of docs/suppressions.md. */
export function suppressionsMarkdown(): string {
  const title = new Map(RULES.map((r) => [r.id, r.title]));
  const out: string[] = [
    '# Suppressions',
    '',
    '<!-- Generated from src/core/peers.ts by `npm run docs`; a test fails when this file is stale. Do not edit. -->',
    '',
    'A finding can be silenced where it is, in the words you already use for other linters.',
    '',
    '## Our own forms',
    '',
    '- On a resource: `Metadata: { aws-db-architect: { ignore: [ADB012] } }`.',
    '- On a line (YAML, shell): `# aws-db-architect-ignore ADB012` at the end of the line, or alone on the line before it;',
    '  in TypeScript (CDK) `// aws-db-architect-ignore ADB012`. Without IDs it silences every rule on that line.',
    '- In a whole file: `# aws-db-architect-ignore-file` (optionally followed by IDs).',
    '',
    '## Neighbouring tools',
    '',
    'A resource\'s `Metadata` suppressions for these tools also silence our rules that mean the same:',
    '',
    ...TOOLS.map((t) => `- ${t.name}: ${t.where}`),
    '',
    '```yaml',
    'Resources:',
    '  Db:',
    '    Type: AWS::RDS::DBInstance',
    '    Metadata:',
    '      checkov:',
    '        skip:',
    '          - id: CKV_AWS_16',
    '            comment: test database, no data',
    '      cfn_nag:',
    '        rules_to_suppress:',
    '          - id: F22',
    '            reason: public on purpose, behind an allow list',
    '```',
    '',
    '### How the table was made',
    '',
    'Each peer ID below was read in that tool\'s own rule source (linked). It is mapped only when, on the',
    'resource that carries the suppression, it tests the same setting for the same reason. A suppression names',
    'one resource, so differences of scope (the peer skips some engines, or also fires outside production) do',
    'not matter: the user has decided about that setting there. The *relation* column compares the conditions:',
    '',
    '- **same**: the peer fails exactly when we report.',
    '- **peer broader**: the peer also fails where we stay silent (a missing value, a stricter ask); suppressing it',
    '  covers every case of ours, so it silences ours.',
    '- **peer narrower**: the peer checks one of the settings our rule checks. Suppressions work per rule ID, so it',
    '  silences our whole rule on that resource (for example cdk-nag `OS2` silences all of ADB076 on that domain).',
    '',
    'Not mapped on purpose: retention checks that ask for 7 days or more (cdk-nag `N3`, `DOC4`, checkov',
    '`CKV_AWS_356`, `CKV_AWS_361`), which differ from our 1–35 day range; cdk-nag `DOC3` (credentials in Secrets',
    'Manager, which also fails on a NoEcho parameter we accept); cfn-lint `W1011` (dynamic references instead',
    'of parameters) and `W3690`/`W3691` (deprecated engine versions, not end of standard support).',
    '',
    'checkov\'s CloudFormation checks (its policy index and `checkov/cloudformation/checks/resource/aws/`) have none',
    'for RDS deletion protection, RDS backup retention, RDS log exports or Neptune IAM authentication, so',
    'nothing of checkov maps to ADB015, ADB002, ADB020 or ADB073.',
    '',
  ];
  for (const t of TOOLS) {
    const rows = PEER_RULES.filter((p) => p.tool === t.tool);
    out.push(`### ${t.name}`, '', '| Peer ID | Peer rule | Our rule | Relation | Differences |', '| --- | --- | --- | --- | --- |');
    for (const p of rows) {
      const ours = p.adb.map((id) => `[${id}](rules.md#${id.toLowerCase()}) ${title.get(id) ?? ''}`.trim()).join('<br>');
      out.push(`| [\`${p.id}\`](${p.source})${p.aliases ? ` (${p.aliases.map((a) => `\`${a}\``).join(', ')})` : ''} | ${p.title} | ${ours} | ${RELATION[p.relation]} | ${p.note ?? ''} |`);
    }
    out.push('');
  }
  out.push(`${PEER_RULES.length} peer IDs in all.`, '');
  return out.join('\n');
}
