/**
 * The analysis worker: runs the engine off the extension host's thread, so typing never waits on it.
 * What the core reports here (a missing data file, a quick fix that failed) is sent to the host,
 * which writes it to the output channel.
 */
import { parentPort } from 'node:worker_threads';

import { fixAll } from '../core/fixes/fix-all';
import { replacementSummary } from '../core/dataloss';
import { analyze, type Analysis } from '../core/engine';
import { errorText, setReporter } from '../core/log';
import type { AnalyzeRequest, AnalyzeResponse, WorkerLog } from './worker-protocol';

export function handle(req: AnalyzeRequest): AnalyzeResponse {
  try {
    if (req.method === 'fixAll') return { id: req.id, kind: 'none', findings: [], problems: [], internalErrors: [], fixAll: fixAll(req.text, req.options) };
    const a = analyze(req.text, req.options);
    const summary = req.summary ? summaryOf(a) : undefined;
    return {
      id: req.id, kind: a.kind, findings: a.findings, problems: a.problems, production: a.production, internalErrors: a.internalErrors,
      ...(a.base ? { base: a.base.status } : {}), ...(summary ? { summary } : {}),
    };
  } catch (e) {
    return { id: req.id, kind: 'none', findings: [], problems: [], internalErrors: [], error: `the analysis failed (${errorText(e)})`, errorStack: errorText(e, true) };
  }
}

/** The CodeLens's summary of a template or CDK file; a failure is an internal error, not a failed analysis. */
function summaryOf(a: Analysis): ReturnType<typeof replacementSummary> | undefined {
  if (!a.doc || (a.kind !== 'cloudformation' && a.kind !== 'cdk')) return undefined;
  try {
    return replacementSummary(a.doc);
  } catch (e) {
    a.internalErrors.push(`replacementSummary: ${errorText(e, true)}`);
    return undefined;
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
