/** The CLI's subcommands. Each takes its argv and writers, and returns the exit code. */
import { runLint } from './lint';
import { runLimits } from './limits';

export type Command = (argv: string[], out: (s: string) => void, err: (s: string) => void) => number | Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  lint: { run: runLint, summary: 'lint PATH... [--format text|json|sarif] [--production auto|always|never] [--rule ID=off|error|warning|info] [--max-size MB]' },
  limits: { run: runLimits, summary: 'limits [SERVICE] [--format text|json]' },
};
