/** The CLI's subcommands. Each takes its argv and writers, and returns the exit code. */
import { runLint } from './lint';
import { runLimits } from './limits';
import { runPatterns } from './patterns';
import { runDiagram } from './diagram';
import { runDiff } from './diff';

export type Command = (argv: string[], out: (s: string) => void, err: (s: string) => void) => number | Promise<number>;

export const COMMANDS: Record<string, { run: Command; summary: string }> = {
  lint: { run: runLint, summary: 'lint PATH...|- [--stdin-filename NAME] [--format text|json|sarif] [--production auto|always|never] [--rule ID=off|error|warning|info] [--max-size MB] [--aws-cli-version 1|2] [--base GIT-REF] [--only ID,...] [--] (-: standard input; -- ends the options; --base: report edits since GIT-REF that replace or delete a database)' },
  diff: { run: runDiff, summary: 'diff OLD NEW [--format text|json|sarif] [--rule ID=off|error|warning|info]   (the edits from OLD to NEW that replace or delete a database: ADB140-ADB144)' },
  limits: { run: runLimits, summary: 'limits [SERVICE] [--format text|json]' },
  patterns: { run: runPatterns, summary: 'patterns [--format text|json]' },
  diagram: { run: runDiagram, summary: 'diagram TEMPLATE|TF_FOLDER|- [--format mermaid|svg] [--theme light|dark] [--focus LOGICAL_ID]   (svg: drawn by Mermaid in headless Chromium; needs playwright-core and /usr/bin/chromium)' },
};
