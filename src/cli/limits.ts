/**
 * `aws-db-architect limits [SERVICE] [--format text|json]`: prints the knowledge base, every fact
 * with its AWS documentation sources and the study-guide section it comes from. docs/limits.md is
 * generated from the same data (limitsMarkdown), so the two never disagree.
 */
import { FACTS } from '../knowledge';
import { AUDITS } from '../knowledge/audit';
import { MAX_AGE_MONTHS } from '../knowledge/freshness';
import { SERVICES, type FactInput } from '../knowledge/schema';
import { UsageError } from './lint';

/** One fact as `limits --format json` prints it. */
export interface LimitRecord {
  id: string;
  service: string;
  subject: string;
  value: string;
  min?: number;
  max?: number;
  unit?: string;
  default?: string;
  changeable?: string;
  note?: string;
  /** What the study guide said, where AWS now says something else. */
  seedSays?: string;
  /** Study-guide section, or null when the guide is silent. */
  seed: string | null;
  sources: string[];
  /** ISO date the fact was last checked against its sources. */
  verified: string;
  targets: { cfn: string[]; cli: string[]; cdk: string[] };
}

/** The facts of one service (or all), in knowledge-base order, as plain records. */
export function limitRecords(service?: string): LimitRecord[] {
  return FACTS.filter((f) => !service || f.service === service).map(toRecord);
}

function toRecord(f: FactInput): LimitRecord {
  const r: LimitRecord = { id: f.id, service: f.service, subject: f.subject, value: f.value, seed: f.seed, sources: [...f.sources], verified: f.verified, targets: { cfn: [...(f.targets?.cfn ?? [])], cli: [...(f.targets?.cli ?? [])], cdk: [...(f.targets?.cdk ?? [])] } };
  for (const k of ['min', 'max', 'unit', 'default', 'changeable', 'note', 'seedSays'] as const) if (f[k] !== undefined) (r as unknown as Record<string, unknown>)[k] = f[k];
  return r;
}

function details(r: LimitRecord): string[] {
  const d: string[] = [];
  if (r.min !== undefined || r.max !== undefined) d.push(`range ${r.min ?? '…'}–${r.max ?? '…'}${r.unit ? ` ${r.unit}` : ''}`);
  if (r.default) d.push(`default ${r.default}`);
  if (r.changeable) d.push(`changeable after creation: ${r.changeable}`);
  return d;
}

/** The text format: one block per fact, grouped by service. */
export function limitsText(records: LimitRecord[]): string {
  const out: string[] = [];
  for (const service of SERVICES) {
    const list = records.filter((r) => r.service === service);
    if (!list.length) continue;
    out.push(`${service} (${list.length} fact${list.length === 1 ? '' : 's'})`);
    for (const r of list) {
      out.push(`  ${r.subject}: ${r.value}`);
      const d = details(r);
      if (d.length) out.push(`    ${d.join('; ')}`);
      if (r.note) out.push(`    ${r.note}`);
      if (r.seedSays) out.push(`    study guide: ${r.seedSays}`);
      out.push(`    seed: ${r.seed ?? 'not covered'}`, ...r.sources.map((u) => `    source: ${u}`), `    verified: ${r.verified}`);
    }
    out.push('');
  }
  return out.join('\n').trimEnd();
}

const cell = (s: string) => s.replace(/\|/g, '\\|').replace(/\n/g, ' ');

/** docs/limits.md: every fact, by service, with its sources. */
export function limitsMarkdown(): string {
  const records = limitRecords();
  const out: string[] = [
    '# Limits and facts',
    '',
    '<!-- Generated from src/knowledge by `npm run docs`; a test fails when this file is stale. Do not edit. -->',
    '',
    `${records.length} facts from the study guide, each checked against AWS documentation (the sources). Where the guide is out of date, the value is what AWS says now and "Study guide" says what the guide said. "Verified" is the date the fact was last checked against its sources; a test fails when a fact was last verified more than ${MAX_AGE_MONTHS} months ago. The same data is printed by \`aws-db-architect limits [SERVICE] --format json\` and shown in hovers. What each audit changed is in the [audit trail](#audit-trail).`,
    '',
    '| Service | Facts |',
    '| --- | --- |',
    ...SERVICES.filter((s) => records.some((r) => r.service === s)).map((s) => `| [${s}](#${s}) | ${records.filter((r) => r.service === s).length} |`),
    '',
  ];
  for (const service of SERVICES) {
    const list = records.filter((r) => r.service === service);
    if (!list.length) continue;
    out.push(`## ${service}`, '', '| Subject | Value | Details | Study guide | Sources | Verified |', '| --- | --- | --- | --- | --- | --- |');
    for (const r of list) {
      const d = [...details(r), ...(r.note ? [r.note] : [])].join('; ');
      const seed = [r.seed ?? 'not covered', ...(r.seedSays ? [`⚠ ${r.seedSays}`] : [])].join(': ');
      out.push(`| ${cell(r.subject)} | ${cell(r.value)} | ${cell(d)} | ${cell(seed)} | ${r.sources.map((u, i) => `[${i + 1}](${u})`).join(' ')} | ${r.verified} |`);
    }
    out.push('');
  }
  out.push(...auditMarkdown());
  return out.join('\n');
}

const OUTCOME: Record<string, string> = { changed: 'changed', added: 'added', confirmed: 'confirmed', sources: 'sources replaced' };

/** The audit trail section of docs/limits.md, newest audit first. */
function auditMarkdown(): string[] {
  const out: string[] = ['## Audit trail', '', 'Each audit re-checked facts against AWS\'s current documentation; the facts it re-checked carry its date as "Verified".', ''];
  for (const a of [...AUDITS].sort((x, y) => y.date.localeCompare(x.date))) {
    const count = FACTS.filter((f) => f.verified === a.date).length;
    out.push(`### ${a.date}`, '', `${a.summary} (${count} fact${count === 1 ? '' : 's'} verified on this date.)`, '');
    if (a.entries.length) {
      out.push('| Fact | Outcome | Before | Now | Why | Sources |', '| --- | --- | --- | --- | --- | --- |');
      for (const e of a.entries) out.push(`| ${e.fact} | ${OUTCOME[e.outcome]} | ${cell(e.before ?? '')} | ${cell(e.after)} | ${cell(e.why)} | ${e.sources.map((u, i) => `[${i + 1}](${u})`).join(' ')} |`);
      out.push('');
    }
    if (a.unconfirmed.length) {
      out.push('Not confirmed on an AWS page, so left unchanged:', '');
      for (const u of a.unconfirmed) out.push(`- ${u.subject} (${u.facts.join(', ')}): ${u.why} ${u.sources.map((x, i) => `[${i + 1}](${x})`).join(' ')}`);
      out.push('');
    }
  }
  return out;
}

/** AWS CLI namespaces and common names for the knowledge base's service keys. */
const ALIASES: Record<string, string> = { dsql: 'aurora-dsql', docdb: 'documentdb', 'docdb-elastic': 'documentdb', es: 'opensearch', cassandra: 'keyspaces', 'timestream-influxdb': 'timestream', 'timestream-write': 'timestream' };

/** Runs `limits`: exit 0, or 2 on a usage error. */
export function runLimits(argv: string[], out: (s: string) => void): number {
  let format: 'text' | 'json' = 'text';
  let service: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    let a = argv[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (v !== 'text' && v !== 'json') throw new UsageError(`--format must be text or json, not ${v ?? '(nothing)'}`);
      format = v;
    } else if (a.startsWith('-')) throw new UsageError(`unknown option ${a}`);
    else if (service) throw new UsageError(`one SERVICE at most (got ${service} and ${a})`);
    else {
      a = ALIASES[a] ?? a;
      if (!(SERVICES as readonly string[]).includes(a)) throw new UsageError(`unknown service ${a}: one of ${SERVICES.join(', ')}`);
      service = a;
    }
  }
  const records = limitRecords(service);
  out(format === 'json' ? JSON.stringify(records, null, 2) : limitsText(records));
  return 0;
}
