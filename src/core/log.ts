/**
 * The one logger of the core: the host injects a reporter (the extension's output channel, the
 * analysis worker's message port, the CLI's stderr) and the core says through it what broke, so no
 * failure turns into silence. Pure: the reporter is a plain object; nothing here does I/O itself
 * except the fallback, which writes to the console when no host has set a reporter.
 *
 * The reporter lives on globalThis (under a registered symbol), so every bundle loaded into one
 * JavaScript realm (the extension host loads dist/extension.js and dist/features.js) shares it.
 */

export type LogLevel = 'error' | 'warn' | 'info';

export interface Reporter {
  /**
   * One message. `error` carries the exception (its stack belongs in the log); `once` is set when
   * the message is said once per session (a missing data file), so a host that relays messages
   * (the analysis worker) can keep saying it once across restarts.
   */
  log(level: LogLevel, message: string, error?: unknown, once?: string): void;
}

interface Sink {
  reporter: Reporter;
  said: Set<string>;
}

const KEY = Symbol.for('aws-db-architect.reporter');
const holder = globalThis as unknown as { [KEY]?: Sink };

/** Writes to the console: used only when no host has set a reporter. */
export const consoleReporter: Reporter = {
  log(level, message, error) {
    const text = `aws-db-architect: ${message}${error !== undefined ? `\n${errorText(error, true)}` : ''}`;
    if (level === 'info') console.info(text);
    else if (level === 'warn') console.warn(text);
    else console.error(text);
  },
};

function sink(): Sink {
  return (holder[KEY] ??= { reporter: consoleReporter, said: new Set() });
}

/** Sets where the core's messages go (the host's logger); returns the previous reporter. Clears what was said once. */
export function setReporter(r: Reporter | undefined): Reporter {
  const prev = sink().reporter;
  holder[KEY] = { reporter: r ?? consoleReporter, said: new Set() };
  return prev;
}

/** The reporter in force. */
export function reporter(): Reporter {
  return sink().reporter;
}

/** Says something went wrong; never throws (a broken reporter must not break the caller). */
export function report(level: LogLevel, message: string, error?: unknown): void {
  try {
    sink().reporter.log(level, message, error);
  } catch {
    // The reporter itself failed: there is nowhere left to say it.
  }
}

/** Says it once per session (per reporter): a missing or corrupt data file, a missing bundle. */
export function reportOnce(key: string, level: LogLevel, message: string, error?: unknown): void {
  const s = sink();
  if (s.said.has(key)) return;
  s.said.add(key);
  try {
    s.reporter.log(level, message, error, key);
  } catch {
    // As in report().
  }
}

/** The message of an exception (with its stack when asked), whatever was thrown. */
export function errorText(e: unknown, stack = false): string {
  if (e instanceof Error) return stack && e.stack ? e.stack : `${e.name === 'Error' ? '' : `${e.name}: `}${e.message}`;
  return String(e);
}

/** True for a read problem that is the tool's failure (a reader bug, a missing part), not the file's. */
export function isToolProblem(p: { code: string }): boolean {
  return p.code === 'internal' || p.code === 'unavailable';
}

/** The rule ID of an internal error (`ADB001: Error: …`), or undefined when a reader failed. */
export function crashedRule(internalError: string): string | undefined {
  return /^(ADB\d{3}): /.exec(internalError)?.[1];
}
