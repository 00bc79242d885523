/** `aws-db-architect`: the command-line face of the engine. */
import { COMMANDS } from './cli/commands';
import { UsageError } from './cli/lint';
import { errorText, setReporter } from './core/log';

function usage(): string {
  return ['usage: aws-db-architect <command> ...', ...Object.values(COMMANDS).map((c) => `  aws-db-architect ${c.summary}`)].join('\n');
}

export async function main(
  argv: string[],
  out: (s: string) => void = (s) => process.stdout.write(s + '\n'),
  err: (s: string) => void = (s) => process.stderr.write(s + '\n'),
): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') {
    (name ? out : err)(usage());
    return name ? 0 : 2;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    err(`aws-db-architect: unknown command ${name}\n${usage()}`);
    return 2;
  }
  // The core says what broke (a missing AWS CLI model, a missing TypeScript bundle: once per run)
  // on stderr, the stack only when AWS_DB_ARCHITECT_DEBUG is set.
  const previous = setReporter({
    log: (_level, message, error) => err(`aws-db-architect: ${message}${error !== undefined && process.env.AWS_DB_ARCHITECT_DEBUG ? `\n${errorText(error, true)}` : ''}`),
  });
  try {
    return await cmd.run(rest, out, err);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`aws-db-architect ${name}: ${e.message}\n${usage()}`);
      return 2;
    }
    err(`aws-db-architect ${name}: internal error: ${errorText(e, true)}`);
    return 3;
  } finally {
    setReporter(previous);
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
