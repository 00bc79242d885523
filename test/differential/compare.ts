/** Our verdict on the differential commands, compared with the real CLI's (shared by the test and the record script). */
import { analyze } from '../../src/core/engine';
import { cliModelRules } from '../../src/core/cli-model/rules';
import type { DiffCommand } from './generate';

export interface Verdict {
  ok: boolean;
  msg: string;
}

export interface Row {
  c: DiffCommand;
  cli: Verdict;
  /** Our model-check errors, enum findings excepted. */
  errors: string[];
  /** Findings counted apart: enum values (ADB108) and abbreviations (ADB109). */
  apart: string[];
}

export interface Figures {
  total: number;
  agree: number;
  /** We report an error where the CLI accepts. */
  falseErrors: Row[];
  /** The CLI rejects and we say nothing. */
  missed: Row[];
  enumFindings: number;
  abbreviationFindings: number;
  cliAccepted: number;
}

const IDS = cliModelRules.map((r) => r.id);

/** Our findings on one command, as a one-line script. */
export function ours(cmd: string): { errors: string[]; apart: string[] } {
  // The oracle is the installed AWS CLI version 1: judge the command for version 1.
  const a = analyze(`${cmd}\n`, { fileName: 'diff.sh', only: IDS, awsCliVersion: '1' });
  const errors: string[] = [];
  const apart: string[] = [];
  for (const f of a.findings) {
    const line = `${f.ruleId} ${f.message}`;
    if (f.ruleId === 'ADB108' || f.ruleId === 'ADB109') apart.push(line);
    else if (f.severity === 'error') errors.push(line);
  }
  return { errors, apart };
}

export function compare(cmds: DiffCommand[], verdicts: Verdict[]): { rows: Row[]; figures: Figures } {
  const rows = cmds.map((c, i) => ({ c, cli: verdicts[i], ...ours(c.cmd) }));
  const falseErrors = rows.filter((r) => r.cli.ok && r.errors.length);
  const missed = rows.filter((r) => !r.cli.ok && !r.errors.length);
  return {
    rows,
    figures: {
      total: rows.length,
      agree: rows.length - falseErrors.length - missed.length,
      falseErrors,
      missed,
      enumFindings: rows.filter((r) => r.apart.some((a) => a.startsWith('ADB108'))).length,
      abbreviationFindings: rows.filter((r) => r.apart.some((a) => a.startsWith('ADB109'))).length,
      cliAccepted: rows.filter((r) => r.cli.ok).length,
    },
  };
}
