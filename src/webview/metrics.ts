/**
 * Render timings, kept on `window.adbMetrics` for the browser tests and the benchmark, and sent to
 * the extension (which logs them). `firstRenderMs` counts from the page's navigation start, so it
 * includes loading and compiling the bundle with Mermaid in it.
 */
import { send } from './host';

export interface Metrics {
  firstRenderMs?: number;
  renders: { ms: number; ok: boolean; error?: string }[];
}

const metrics: Metrics = { renders: [] };
(window as unknown as { adbMetrics: Metrics }).adbMetrics = metrics;

/** Records one render. */
export function recordRender(ms: number, ok: boolean, error?: string): void {
  if (metrics.firstRenderMs === undefined && ok) metrics.firstRenderMs = performance.now();
  metrics.renders.push({ ms, ok, ...(error ? { error } : {}) });
  send({ type: 'rendered', ms, ok, ...(error ? { error } : {}) });
}
