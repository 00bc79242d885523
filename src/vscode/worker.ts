/** The analysis worker: runs the engine off the extension host's thread, so typing never waits on it. */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../core/engine';
import type { AnalyzeRequest, AnalyzeResponse } from './worker-protocol';

export function handle(req: AnalyzeRequest): AnalyzeResponse {
  try {
    const a = analyze(req.text, req.options);
    return { id: req.id, kind: a.kind, findings: a.findings, problems: a.problems, production: a.production, internalErrors: a.internalErrors };
  } catch (e) {
    return { id: req.id, kind: 'none', findings: [], problems: [], internalErrors: [], error: (e as Error).message };
  }
}

parentPort?.on('message', (req: AnalyzeRequest) => parentPort!.postMessage(handle(req)));
