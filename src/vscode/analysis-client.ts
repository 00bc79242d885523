/**
 * Runs analyses in a worker thread (one, reused), so the extension host is never blocked by a
 * large template. Falls back to in-process analysis only if the worker cannot start.
 */
import * as path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { AnalyzeRequest, AnalyzeResponse } from './worker-protocol';

export class AnalysisClient {
  private worker: Worker | undefined;
  private nextId = 1;
  private pending = new Map<number, (r: AnalyzeResponse) => void>();
  private failed = false;

  constructor(private readonly distDir: string, private readonly log: (s: string) => void) {}

  private ensure(): Worker | undefined {
    if (this.worker || this.failed) return this.worker;
    try {
      const w = new Worker(path.join(this.distDir, 'worker.js'));
      w.on('message', (r: AnalyzeResponse) => {
        const done = this.pending.get(r.id);
        this.pending.delete(r.id);
        done?.(r);
      });
      w.on('error', (e) => {
        this.log(`analysis worker failed: ${e.message}`);
        this.restart();
      });
      w.on('exit', () => {
        if (this.worker === w) this.restart();
      });
      this.worker = w;
    } catch (e) {
      this.log(`analysis worker could not start, analysing in process: ${(e as Error).message}`);
      this.failed = true;
    }
    return this.worker;
  }

  private restart(): void {
    this.worker = undefined;
    for (const [id, done] of this.pending) done({ id, kind: 'none', findings: [], problems: [], internalErrors: [], error: 'worker stopped' });
    this.pending.clear();
  }

  analyze(text: string, options: AnalyzeRequest['options']): Promise<AnalyzeResponse> {
    const id = this.nextId++;
    const req: AnalyzeRequest = { id, method: 'analyze', text, options };
    const w = this.ensure();
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    if (!w) return Promise.resolve((require(path.join(this.distDir, 'worker.js')) as typeof import('./worker')).handle(req));
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      w.postMessage(req);
    });
  }

  dispose(): void {
    const w = this.worker;
    this.worker = undefined;
    void w?.terminate();
  }
}
