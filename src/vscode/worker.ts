/**
 * The analysis worker: runs the engine off the extension host's thread, so typing never waits on it.
 * What the core reports here (a missing data file, a quick fix that failed) is sent to the host,
 * which writes it to the output channel.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/engine';
import { fixAll } from '../core/fixes/fix-all';
import { errorText, setReporter } from '../core/log';
import type { AnalyzeRequest, AnalyzeResponse, WorkerLog } from './worker-protocol';

export function handle(req: AnalyzeRequest): AnalyzeResponse {
  try {
    if (req.method === 'fixAll') return { id: req.id, kind: 'none', findings: [], problems: [], internalErrors: [], fixAll: fixAll(req.text, req.options) };
    const a = analyze(req.text, req.options);
    return { id: req.id, kind: a.kind, findings: a.findings, problems: a.problems, production: a.production, internalErrors: a.internalErrors };
  } catch (e) {
    return { id: req.id, kind: 'none', findings: [], problems: [], internalErrors: [], error: `the analysis failed (${errorText(e)})`, errorStack: errorText(e, true) };
  }
}

if (parentPort) {
  const port = parentPort;
  setReporter({
    log: (level, message, error, once) => {
      const m: WorkerLog = { type: 'log', level, message, ...(error !== undefined ? { detail: errorText(error, true) } : {}), ...(once ? { once } : {}) };
      port.postMessage(m);
    },
  });
  port.on('message', (req: AnalyzeRequest) => port.postMessage(handle(req)));
}
