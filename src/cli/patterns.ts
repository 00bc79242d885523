/** `aws-db-architect patterns`: the architecture pattern catalogue, as text or JSON (for docs and CI). */
import { PATTERNS, patternLimits } from '../knowledge/patterns';
import { UsageError } from './lint';

/** Reads `--format text|json` (also `--format=json`). */
export function parseFormat<T extends string>(argv: string[], allowed: readonly T[], fallback: T): { format: T; rest: string[] } {
  let format = fallback;
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--format' || a.startsWith('--format=')) {
      const v = a === '--format' ? argv[++i] : a.slice('--format='.length);
      if (v === undefined) throw new UsageError('--format needs a value');
      if (!allowed.includes(v as T)) throw new UsageError(`--format must be ${allowed.join(' or ')}, not ${v}`);
      format = v as T;
    } else rest.push(a);
  }
  return { format, rest };
}

export function runPatterns(argv: string[], out: (s: string) => void): number {
  const { format, rest } = parseFormat(argv, ['text', 'json'] as const, 'text');
  const unknown = rest.find((a) => a.startsWith('-'));
  if (unknown) throw new UsageError(`unknown option ${unknown}`);
  if (rest.length) throw new UsageError(`patterns takes no arguments (got ${rest[0]})`);
  if (format === 'json') {
    out(JSON.stringify(PATTERNS.map((p) => ({
      id: p.id,
      title: p.title,
      summary: p.summary,
      mermaid: p.mermaid,
      origin: p.origin,
      whenToChoose: p.whenToChoose,
      note: p.note ?? null,
      limits: patternLimits(p),
      sources: p.sources,
    })), null, 2));
    return 0;
  }
  const lines: string[] = [];
  for (const p of PATTERNS) {
    lines.push(`${p.id}: ${p.title}${p.origin ? ` (study guide ${p.origin})` : ''}`, `  ${p.summary}`);
    for (const w of p.whenToChoose) lines.push(`  - ${w}`);
    if (p.note) lines.push(`  Note: ${p.note}`);
    for (const l of patternLimits(p)) lines.push(`  * ${l.subject}: ${l.value} <${l.sources[0]}>`);
    lines.push('');
  }
  lines.push(`${PATTERNS.length} patterns. Mermaid source: aws-db-architect patterns --format json`);
  out(lines.join('\n'));
  return 0;
}
