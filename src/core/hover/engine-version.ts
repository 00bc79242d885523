/**
 * The hover on an engine version value: whether RDS offers it (data/deploy/rds.json), the newest minor
 * version of its major version, and the end of standard support of that major version (the ADB017
 * facts), each with its source.
 */
import { FACTS } from '../../knowledge';
import { CFN_LINT_URL, DOCDB_VERSIONS, DOCDB_VERSIONS_URL, ENGINE_VERSIONS_URL, docdbVersionVerdict, rdsDataInfo, rdsDataLabel, rdsVersionVerdict } from '../deploy/rds';
import { familyOf } from '../rules/rds/common';
import { ended, supportEnd } from '../rules/rds/engine-support';
import { md } from './render';

const LABEL: Record<string, string> = {
  postgres: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', 'aurora-mysql': 'Aurora MySQL', 'aurora-postgresql': 'Aurora PostgreSQL', docdb: 'DocumentDB',
};

/** Markdown for `version` of `engine` (an RDS engine name, or `docdb`), or undefined when the data says nothing about the engine. */
export function engineVersionHover(engine: string, version: string, now = new Date()): string | undefined {
  const e = engine.trim().toLowerCase();
  const v = version.trim();
  const verdict = e === 'docdb' ? docdbVersionVerdict(v) : rdsVersionVerdict(e, v);
  if (!verdict) return undefined;
  const label = LABEL[e] ?? e;
  const data = e === 'docdb' ? `[AWS documentation](${DOCDB_VERSIONS_URL})` : `${rdsDataLabel()}: [DescribeDBEngineVersions](${ENGINE_VERSIONS_URL}) via [cfn-lint](${CFN_LINT_URL})`;
  const status: Record<string, string> = {
    offered: 'offered by RDS',
    major: 'a major version: RDS takes its default minor version',
    deprecated: 'deprecated: RDS no longer creates databases with it',
    'not-offered': 'not offered: creating a database with it fails',
    newer: `not known as of ${rdsDataInfo()?.date ?? 'the data date'} (newer than every version listed then)`,
  };
  const lines = [`**${md(label)} ${md(v)}**: ${status[verdict.status]} (${data})`];
  if (e === 'docdb') lines.push(`- DocumentDB versions: ${DOCDB_VERSIONS.join(', ')}`);
  else if (verdict.latestInLine && verdict.latestInLine !== verdict.listed) lines.push(`- Newest minor version of its major version: ${md(verdict.latestInLine)}`);
  else if (verdict.status === 'offered') lines.push('- The newest minor version of its major version');
  if (verdict.suggestions.length && verdict.status !== 'offered') lines.push(`- Offered instead: ${verdict.suggestions.map(md).join(', ')}`);
  const fam = familyOf(e);
  const end = fam ? supportEnd(fam, v) : undefined;
  if (end) {
    const f = end.factId ? FACTS.find((x) => x.id === end.factId) : undefined;
    const src = f?.sources[0] ? ` ([source](${f.sources[0]}))` : '';
    lines.push(end.date
      ? `- End of RDS standard support for ${md(end.label)}: ${end.date}${ended(end, now) ? ' (past: paid RDS Extended Support)' : ''}${src}`
      : `- ${md(end.label)} is past the end of RDS standard support`);
  }
  return lines.join('\n');
}
