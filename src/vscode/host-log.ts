/**
 * The extension host's one logger: everything that goes wrong is written to the output channel
 * ("AWS DB Architect"), with its stack. The core (src/core/log.ts) and the analysis worker report
 * through it. No vscode import: the channel is passed in, so this is tested without an editor.
 */
import { errorText, type LogLevel, type Reporter } from '../core/log';

/** The name of the output channel, as the messages that point to it say it. */
export const OUTPUT_CHANNEL = 'AWS DB Architect';

/** What a LogOutputChannel offers (and a test stand-in). */
export interface Channel {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

export interface HostLog extends Reporter {
  error(message: string, error?: unknown): void;
  warn(message: string): void;
  info(message: string): void;
}

/** A logger on a channel. `once` keys are said once per session, wherever they come from (worker restarts included). */
export function hostLog(channel: Channel): HostLog {
  const said = new Set<string>();
  const write = (level: LogLevel, message: string, error?: unknown, once?: string) => {
    if (once !== undefined) {
      if (said.has(once)) return;
      said.add(once);
    }
    const text = error === undefined ? message : `${message}\n${typeof error === 'string' ? error : errorText(error, true)}`;
    try {
      channel[level](text);
    } catch {
      // The channel is gone (the extension is being disposed): nothing left to write to.
    }
  };
  return {
    log: write,
    error: (m, e) => write('error', m, e),
    warn: (m) => write('warn', m),
    info: (m) => write('info', m),
  };
}
