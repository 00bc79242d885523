/** Markdown for hovers: a fact with its sources, a rule with its source, a resource type. */
import type { FactInput } from '../../knowledge/schema';
import type { Rule } from '../rules/types';

const CHANGEABLE: Record<string, string> = {
  yes: 'yes',
  no: 'no: set it when the resource is created',
  'with-interruption': 'yes, with an interruption (reboot or replacement)',
  'n/a': 'not applicable',
};

/** Escapes characters Markdown would read as formatting, in text that comes from data. */
export function md(s: string): string {
  return s.replace(/([\\`*_[\]<>|])/g, '\\$1');
}

/** The sources line of a fact: its study-guide section, every AWS documentation URL and when it was last verified. */
export function sourcesLine(seed: string | null | undefined, urls: readonly string[], verified?: string): string {
  const parts = [seed ? md(seed) : 'study guide: not covered', ...urls.map((u) => `[${shortUrl(u)}](${u})`)];
  if (verified) parts.push(verifiedShort(verified));
  return `*Sources:* ${parts.join(' · ')}`;
}

/** `verified 2026-11`: the month a fact was last checked against its sources (the day is in `limits`). */
export function verifiedShort(verified: string): string {
  return `verified ${verified.slice(0, 7)}`;
}

function shortUrl(u: string): string {
  const m = /^https?:\/\/([^/]+)\/(.*?)(?:\.html)?(?:#.*)?$/.exec(u);
  if (!m) return u;
  const last = m[2].split('/').filter(Boolean).pop() ?? '';
  return last ? `${m[1]}/…/${last}` : m[1];
}

/** One fact in full: value, range, default, unit, changeability, note, seed vs AWS, sources. */
export function factMarkdown(f: FactInput): string {
  const lines: string[] = [`**${md(f.subject)}**: ${md(f.value)}`];
  const details: string[] = [];
  if (f.min !== undefined || f.max !== undefined) {
    const unit = f.unit ? ` ${md(f.unit)}` : '';
    details.push(`Range: ${f.min ?? '…'}–${f.max ?? '…'}${unit}`);
  } else if (f.unit) details.push(`Unit: ${md(f.unit)}`);
  if (f.default) details.push(`Default: ${md(f.default)}`);
  if (f.changeable) details.push(`Changeable after creation: ${CHANGEABLE[f.changeable] ?? f.changeable}`);
  if (details.length) lines.push(details.join(' · '));
  if (f.note) lines.push(md(f.note));
  if (f.seedSays) lines.push(`⚠ *The study guide says:* ${md(f.seedSays)} *AWS documentation now says:* ${md(f.value)}`);
  lines.push(sourcesLine(f.seed, f.sources, f.verified));
  return lines.join('\n\n');
}

/** One fact on one line (lists under a resource type), still with its sources. */
export function factLine(f: FactInput): string {
  const links = f.sources.map((u, i) => `[${i === 0 ? 'source' : i + 1}](${u})`).join(' ');
  const seed = f.seedSays ? ' ⚠ differs from the study guide' : '';
  return `- ${md(f.subject)}: ${md(f.value)}${seed} (${links}, ${verifiedShort(f.verified)})`;
}

/** Several facts in full, separated by rules. */
export function factsMarkdown(facts: readonly FactInput[]): string {
  return facts.map(factMarkdown).join('\n\n---\n\n');
}

/** The explanation of a rule, for a hover on its finding. */
export function ruleMarkdown(rule: Rule, message: string, severity: string): string {
  const lines = [`**${rule.id}** ${md(rule.title)} (${severity}${rule.productionOnly ? ', production only' : ''})`, md(message), rule.description];
  if (rule.source.note) lines.push(`⚠ *Where the study guide differs:* ${md(rule.source.note)}`);
  lines.push(sourcesLine(rule.source.seed, rule.source.urls));
  return lines.join('\n\n');
}
