/**
 * Runs analyses in a worker thread (one, reused), so the extension host is never blocked by a
 * large template. Falls back to in-process analysis only if the worker cannot start. Nothing fails
 * in silence: a worker that stops or an analysis that takes too long answers with `error` (the
 * file then shows "could not analyse"), and the log says why the worker restarts. No vscode import.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import { errorText } from '../core/log';
import type { HostLog } from './host-log';
import type { AnalyzeRequest, AnalyzeResponse, FromWorker } from './worker-protocol';

/** An analysis that takes longer than this is stopped (the worker is restarted). */
export const ANALYSIS_TIMEOUT_MS = 60_000;

interface Pending {
  req: AnalyzeRequest;
  done: (r: AnalyzeResponse) => void;
  timer: NodeJS.Timeout;
}

const failed = (id: number, error: string, errorStack?: string): AnalyzeResponse => ({ id, kind: 'none', findings: [], problems: [], internalErrors: [], error, ...(errorStack ? { errorStack } : {}) });

export class AnalysisClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, Pending>();
  private failed = false;

  constructor(private readonly distDir: string, private readonly log: HostLog, private readonly timeoutMs = ANALYSIS_TIMEOUT_MS) {}

  private ensure(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = new Worker(path.join(this.distDir, 'worker.js'));
      w.on('message', (m: FromWorker) => {
        if ('type' in m) {
          this.log.log(m.level, `analysis worker: ${m.message}`, m.detail, m.once);
          return;
        }
        const p = this.pending.get(m.id);
        if (!p) return;
        this.pending.delete(m.id);
        clearTimeout(p.timer);
        p.done(m);
      });
      w.on('error', (e) => {
        if (this.worker !== w) return;
        this.log.error(`the analysis worker crashed; it restarts on the next analysis: ${errorText(e)}`, e);
        this.stopped(w, `the analysis worker crashed (${errorText(e)})`);
      });
      w.on('exit', (code) => {
        if (this.worker !== w) return;
        this.log.error(`the analysis worker stopped (exit code ${code}); it restarts on the next analysis`);
        this.stopped(w, `the analysis worker stopped (exit code ${code})`);
      });
      this.worker = w;
    } catch (e) {
      this.log.error(`the analysis worker could not start, so files are analysed in the extension host: ${errorText(e)}`, e);
      this.failed = true;
    }
    return this.worker;
  }

  /** The worker is gone: every analysis it had answers with the reason (the file shows it). */
  private stopped(w: Worker, reason: string): void {
    if (this.worker === w) this.worker = undefined;
    for (const [id, p] of this.pending) {
      clearTimeout(p.timer);
      p.done(failed(id, reason));
    }
    this.pending.clear();
  }

  /** An analysis took too long: it answers with that, the worker is stopped, the others go to a new one. */
  private timedOut(id: number): void {
    const p = this.pending.get(id);
    if (!p) return;
    this.pending.delete(id);
    const seconds = this.timeoutMs / 1000;
    this.log.error(`an analysis of ${p.req.options.fileName ?? 'a file'} took longer than ${seconds} s and was stopped; the analysis worker restarts`);
    p.done(failed(id, `the analysis took longer than ${seconds} s and was stopped`));
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
    const rest = [...this.pending.values()];
    this.pending.clear();
    for (const q of rest) {
      clearTimeout(q.timer);
      this.post(q.req, q.done);
    }
  }

  private post(req: AnalyzeRequest, done: (r: AnalyzeResponse) => void): void {
    const w = this.ensure();
    if (!w) {
      done(this.inProcess(req));
      return;
    }
    const timer = setTimeout(() => this.timedOut(req.id), this.timeoutMs);
    timer.unref?.();
    this.pending.set(req.id, { req, done, timer });
    w.postMessage(req);
  }

  private inProcess(req: AnalyzeRequest): AnalyzeResponse {
    try {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      return (require(path.join(this.distDir, 'worker.js')) as typeof import('./worker')).handle(req);
    } catch (e) {
      this.log.error(`could not analyse ${req.options.fileName ?? 'a file'} in the extension host: ${errorText(e)}`, e);
      return failed(req.id, `the analysis could not run (${errorText(e)})`, errorText(e, true));
    }
  }

  analyze(text: string, options: AnalyzeRequest['options'], summary = false): Promise<AnalyzeResponse> {
    const req: AnalyzeRequest = { id: this.nextId++, method: 'analyze', text, options, ...(summary ? { summary } : {}) };
    return new Promise((resolve) => this.post(req, resolve));
  }

  /** "Fix all": the text with the preferred fixes that are safe together applied (answer's `fixAll`), or `error`. */
  fixAll(text: string, options: AnalyzeRequest['options']): Promise<AnalyzeResponse> {
    const req: AnalyzeRequest = { id: this.nextId++, method: 'fixAll', text, options };
    return new Promise((resolve) => this.post(req, resolve));
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    for (const p of this.pending.values()) clearTimeout(p.timer);
    this.pending.clear();
    void w?.terminate();
  }
}
