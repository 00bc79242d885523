/** Prints the differential test's figures and every disagreement (shared by the unit and integration tests). */
import type { Figures } from './compare';

export function report(f: Figures, source: string): void {
  const pct = ((100 * f.agree) / f.total).toFixed(2);
  console.log(`      differential vs ${source}: ${f.total} commands, ${f.cliAccepted} accepted by the CLI; agreement ${f.agree}/${f.total} (${pct}%), ` +
    `${f.falseErrors.length} errors where the CLI accepts, ${f.missed.length} rejections we miss; counted apart: ${f.enumFindings} enum, ${f.abbreviationFindings} abbreviation findings`);
  for (const r of [...f.falseErrors, ...f.missed]) console.log(`        disagreement (${r.cli.ok ? 'CLI accepts' : 'CLI rejects'}): ${r.c.cmd}\n          CLI: ${r.cli.msg}\n          ours: ${r.errors.join(' | ') || '(nothing)'}`);
}
