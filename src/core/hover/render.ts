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

/** The sources line of a fact: every AWS documentation URL and when it was last verified. */
export function sourcesLine(_section: string | null | undefined, urls: readonly string[], verified?: string): string {
  const parts = urls.map((u) => `[${shortUrl(u)}](${u})`);
  if (verified) parts.push(verifiedShort(verified));
  return `*Sources:* ${parts.join(' · ')}`;
}

/**
 * Text from the knowledge base in the user's terms: the notes were written against an older study
 * text ("the seed", "the study guide"), which users know only as older guidance.
 */
export function userTerms(s: string): string {
  return s
    .replace(/\b([Tt])he (?:DSQL )?(?:seed|study guide)\b/g, (_m, t: string) => (t === 'T' ? 'Older guidance' : 'older guidance'))
    .replace(/\b(?:seed|study guide)\b/gi, 'older guidance');
}

/**
 * "Older guidance said …; AWS documents … (checked …)", when a fact corrects older guidance. A note that
 * older guidance agrees ("…, which matches") is provenance, not a warning: the hover leaves it out.
 */
export function olderGuidance(f: FactInput): string | undefined {
  if (!f.seedSays || /\bwhich matches\.?$/i.test(f.seedSays.trim())) return undefined;
  return `⚠ ${md(userTerms(f.seedSays))} *AWS documents:* ${md(f.value)} (checked ${f.verified.slice(0, 7)}).`;
}

/** The limits of a fact as values: `1–35 days`, `7 days or more`, `up to 15`. */
export function limitsText(f: FactInput): string | undefined {
  const unit = f.unit ? ` ${f.unit}` : '';
  if (f.min !== undefined && f.max !== undefined) return `${f.min}–${f.max}${unit}`;
  if (f.min !== undefined) return `${f.min}${unit} or more`;
  if (f.max !== undefined) return `up to ${f.max}${unit}`;
  return undefined;
}

/** A fact that recommends a value (for production) rather than stating AWS's limit. */
export function isRecommendation(f: FactInput): boolean {
  return /production|recommend/i.test(f.subject) || /-production$|-recommended$/.test(f.id);
}

/** One line of limits over several facts: `1–35 days; 7 or more recommended for production · default 1 day`. */
export function limitsLine(facts: readonly FactInput[]): string | undefined {
  const hard = facts.find((f) => !isRecommendation(f) && f.min !== undefined && f.max !== undefined);
  const parts: string[] = [];
  if (hard) parts.push(limitsText(hard)!);
  for (const r of facts.filter(isRecommendation)) {
    if (r.min !== undefined && r.max === undefined) parts.push(`${r.min} or more recommended${/production/i.test(r.subject) ? ' for production' : ''}`);
    else if (r.max !== undefined && r.min === undefined) parts.push(`${r.max} or less recommended${/production/i.test(r.subject) ? ' for production' : ''}`);
  }
  if (!parts.length) return undefined;
  const tail: string[] = [];
  const def = facts.find((f) => f.default)?.default;
  if (def) tail.push(`default ${md(def)}`);
  const ch = facts.find((f) => f.changeable && f.changeable !== 'n/a')?.changeable;
  if (ch) tail.push(`changeable after creation: ${CHANGEABLE[ch] ?? ch}`);
  return `**Limits:** ${md(parts.join('; '))}${tail.length ? ` · ${tail.join(' · ')}` : ''}`;
}

/** What the "More…" link of a hover opens: every fact of these targets in full. */
export interface MoreTarget {
  /** The title of the full text. */
  title: string;
  /** Fact ids to show in full. */
  ids?: string[];
  /** A CloudFormation resource type to show in full (what it is, every fact and limit). */
  type?: string;
  /** The CloudFormation target (`Type.Property`) whose "what a change does" line goes with it. */
  replace?: string;
}

/** The command the editor registers to show a hover's full text (src/vscode/hover-details.ts). */
export const SHOW_DETAILS_COMMAND = 'awsDbArchitect.showHoverDetails';

/** The trailing "More…" link: a command link with the target as its argument. */
export function moreLink(t: MoreTarget): string {
  const arg = encodeURIComponent(JSON.stringify([t])).replace(/\(/g, '%28').replace(/\)/g, '%29');
  return `[More…](command:${SHOW_DETAILS_COMMAND}?${arg} "Open every fact and source in full")`;
}

/** The one link of a hover: the first source of the first fact (reference pages first). */
export function bestLink(facts: readonly FactInput[], fallback?: { label: string; url: string }): string | undefined {
  const urls = facts.flatMap((f) => f.sources);
  const rank = (u: string) => (/AWSCloudFormation|\/cli\/|\/cdk\/api\//.test(u) ? 0 : /\/(UserGuide|developerguide|AmazonRDS|AmazonElastiCache|documentdb|neptune)\//i.test(u) ? 1 : 2);
  const best = [...urls].sort((a, b) => rank(a) - rank(b))[0];
  if (fallback && (!best || rank(best) > 0)) return `[${fallback.label}](${fallback.url})`;
  return best ? `[${shortUrl(best)}](${best})` : undefined;
}

/**
 * A short hover on a property, flag or prop: the title, the limits as values, one line per fact
 * (at most `budget` lines in all), the first note, the older-guidance line, what a change does, one
 * link and "More…". Every line is a paragraph of its own.
 */
export function compactHover(title: string, facts: readonly FactInput[], o: { changes?: string; more?: MoreTarget; budget?: number; link?: { label: string; url: string } } = {}): string {
  const budget = o.budget ?? 8;
  const limits = limitsLine(facts);
  const note = facts.find((f) => f.note)?.note;
  const older = facts.map(olderGuidance).find(Boolean);
  const link = [bestLink(facts, o.link), o.more ? moreLink(o.more) : undefined].filter(Boolean).join(' · ');
  const tail = [older, o.changes, link].filter((l): l is string => !!l);
  const all = facts.map((f) => (facts.length === 1 ? md(f.value) : `${md(f.subject)}: ${md(f.value)}`));
  let shown = all;
  let withNote = !!note;
  const count = () => 1 + (limits ? 1 : 0) + shown.length + (shown.length < all.length ? 1 : 0) + (withNote ? 1 : 0) + tail.length;
  // The budget is a promise: drop the note, then fact lines (they stay one click away under More…).
  if (count() > budget) withNote = false;
  while (count() > budget && shown.length > 1) shown = shown.slice(0, -1);
  const body = [
    ...(limits ? [limits] : []),
    ...shown,
    ...(shown.length < all.length ? [`… and ${all.length - shown.length} more facts under More…`] : []),
    ...(withNote ? [md(userTerms(note!))] : []),
    ...tail,
  ];
  return [title, ...body].join('\n\n');
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

/** One fact in full: value, limits, default, unit, changeability, note, older guidance vs AWS, sources. */
export function factMarkdown(f: FactInput): string {
  const lines: string[] = [`**${md(f.subject)}**: ${md(f.value)}`];
  const details: string[] = [];
  if (f.min !== undefined || f.max !== undefined) {
    details.push(`${isRecommendation(f) ? 'Recommended' : 'Limits'}: ${md(limitsText(f)!)}`);
  } else if (f.unit) details.push(`Unit: ${md(f.unit)}`);
  if (f.default) details.push(`Default: ${md(f.default)}`);
  if (f.changeable) details.push(`Changeable after creation: ${CHANGEABLE[f.changeable] ?? f.changeable}`);
  if (details.length) lines.push(details.join(' · '));
  if (f.note) lines.push(md(userTerms(f.note)));
  const older = olderGuidance(f);
  if (older) lines.push(older);
  lines.push(sourcesLine(f.seed, f.sources, f.verified));
  return lines.join('\n\n');
}

/** One fact on one line (lists under a resource type), still with its sources. */
export function factLine(f: FactInput): string {
  const links = f.sources.map((u, i) => `[${i === 0 ? 'source' : i + 1}](${u})`).join(' ');
  const older = f.seedSays ? ' ⚠ older guidance differs' : '';
  return `- ${md(f.subject)}: ${md(f.value)}${older} (${links}, ${verifiedShort(f.verified)})`;
}

/** Several facts in full, separated by rules. */
export function factsMarkdown(facts: readonly FactInput[]): string {
  return facts.map(factMarkdown).join('\n\n---\n\n');
}

/** The explanation of a rule, for a hover on its finding. */
export function ruleMarkdown(rule: Rule, message: string, severity: string): string {
  const lines = [`**${rule.id}** ${md(rule.title)} (${severity}${rule.productionOnly ? ', production only' : ''})`, md(userTerms(message)), userTerms(rule.description)];
  if (rule.source.note) lines.push(`⚠ *Where older guidance differs:* ${md(userTerms(rule.source.note))}`);
  lines.push(sourcesLine(rule.source.seed, rule.source.urls));
  return lines.join('\n\n');
}
