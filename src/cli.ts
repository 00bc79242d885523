/** `aws-db-architect`: the command-line face of the engine. */
import { COMMANDS } from './cli/commands';
import { UsageError } from './cli/lint';

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
  try {
    return await cmd.run(rest, out, err);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`aws-db-architect ${name}: ${e.message}\n${usage()}`);
      return 2;
    }
    err(`aws-db-architect ${name}: internal error: ${(e as Error).stack ?? e}`);
    return 3;
  }
}

if (require.main === module) {
  main(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
