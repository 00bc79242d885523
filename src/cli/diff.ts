/**
 * `aws-db-architect diff OLD NEW`: the data-loss guard on two files, without git. Reports the edits
 * from OLD to NEW that replace or delete a database (ADB140–ADB144), in text, JSON or SARIF, and
 * exits 1 when there is one (0 when none, 2 when a file cannot be read or compared).
 */
import { DEFAULT_MAX_BYTES } from '../core/engine';
import { dataLossRules } from '../core/rules/dataloss';
import { formatText, lintFile, parseLintArgs, UsageError, type CliFile } from './lint';
import { readInput, textOf } from './input';
import { toSarif } from './sarif';

export const GUARD_RULES = dataLossRules.map((r) => r.id);

export function runDiff(argv: string[], out: (s: string) => void, err: (s: string) => void): number {
  // The same options as lint (format, rules, production, max size), exactly two paths.
  const args = parseLintArgs(argv.length ? argv : ['']);
  const paths = args.paths.filter((p) => p !== '');
  if (paths.length !== 2) throw new UsageError('diff takes two files: OLD NEW');
  if (args.base !== undefined) throw new UsageError('diff compares OLD with NEW: --base is for lint');
  const [oldPath, newPath] = paths;
  if (oldPath === '-' && newPath === '-') throw new UsageError('standard input (-) can be named once');
  const old = readInput(oldPath, args.maxBytes ?? DEFAULT_MAX_BYTES);
  if (!old.ok) {
    err(`aws-db-architect: ${oldPath}: ${'error' in old ? old.error : 'above the size limit (use --max-size)'}`);
    return 2;
  }
  const r: CliFile = lintFile(newPath, { ...args, only: args.only ?? GUARD_RULES }, undefined, { text: textOf(old.bytes), fileName: oldPath === '-' ? '' : oldPath });
  if (r.unreadable !== undefined) {
    err(`aws-db-architect: ${r.path}: ${r.unreadable}`);
    return 2;
  }
  for (const f of r.findings) if (f.internal) err(`aws-db-architect: ${r.path}: ${f.message}`);
  const comparable = r.base === 'compared' && (r.kind === 'cloudformation' || r.kind === 'cdk');
  if (!comparable) {
    const why = r.kind !== 'cloudformation' && r.kind !== 'cdk' ? `${newPath} is not a CloudFormation template or CDK file`
      : r.base === 'other-kind' ? `${oldPath} is another kind of file than ${newPath}` : r.base === 'syntax-error' ? `${newPath} has a syntax error` : `${oldPath} does not read as a template or CDK file (or has a syntax error)`;
    err(`aws-db-architect diff: nothing compared: ${why}`);
  }
  const results = [r];
  if (args.format === 'json') out(JSON.stringify({ files: results }, null, 2));
  else if (args.format === 'sarif') out(JSON.stringify(toSarif(results), null, 2));
  else out(formatText(results));
  if (r.incomplete || !comparable) return 2;
  return r.findings.some((f) => f.severity !== 'info') ? 1 : 0;
}
