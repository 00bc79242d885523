// Memory of the analysis worker, measured in a clean child process (`node --expose-gc`):
//   node --expose-gc bench/lib/memory-probe.mjs DIST_WORKER_JS FILE...
// Starts the extension's own worker bundle (dist/worker.js) in a worker thread, as the extension
// host does, sends it each file as an analysis request and, after each answer, collects garbage
// in both threads and reads the worker's V8 heap (through a side channel: the bundle itself is
// untouched) and the process RSS. The baseline is this process idle, before the worker exists.
// Prints one JSON object on stdout; all sizes in bytes.
import fs from 'node:fs';
import path from 'node:path';
import { MessageChannel, Worker } from 'node:worker_threads';

const [workerJs, ...files] = process.argv.slice(2);
if (typeof globalThis.gc !== 'function') throw new Error('run with node --expose-gc');
if (!workerJs || !files.length) throw new Error('usage: memory-probe.mjs DIST_WORKER_JS FILE...');

const settle = async () => {
  for (let i = 0; i < 3; i++) {
    globalThis.gc();
    await new Promise((r) => setImmediate(r));
  }
};
const mainHeap = () => process.memoryUsage().heapUsed;

await settle();
const idle = { rss: process.memoryUsage().rss, mainHeap: mainHeap() };

// The worker: a two-line shim that answers heap questions on its own port, then loads the bundle.
const shim = `
const { workerData } = require('node:worker_threads');
const v8 = require('node:v8');
workerData.port.on('message', () => {
  const before = v8.getHeapStatistics().used_heap_size;
  for (let i = 0; i < 3; i++) globalThis.gc();
  const s = v8.getHeapStatistics();
  workerData.port.postMessage({ used: s.used_heap_size, beforeGc: before, total: s.total_heap_size, external: s.external_memory ?? 0 });
});
require(workerData.bundle);
`;
const { port1, port2 } = new MessageChannel();
const worker = new Worker(shim, { eval: true, workerData: { port: port2, bundle: path.resolve(workerJs) }, transferList: [port2] });
const heap = () => new Promise((resolve) => {
  port1.once('message', resolve);
  port1.postMessage('heap');
});
let nextId = 1;
const analyse = (text, fileName) => new Promise((resolve, reject) => {
  const id = nextId++;
  const onMessage = (r) => {
    if (r.id !== id) return;
    worker.off('message', onMessage);
    resolve(r);
  };
  worker.on('message', onMessage);
  worker.once('error', reject);
  worker.postMessage({ id, method: 'analyze', text, options: { fileName, production: 'auto' } });
});

// Started and loaded (the bundle is required synchronously by the shim before it answers).
const started = await heap();
await settle();
const workerIdle = { rss: process.memoryUsage().rss, worker: started };

/** Analyses one file; keeps only a summary, so the text and the answer can be collected. */
async function step(file) {
  const t0 = performance.now();
  const r = await analyse(fs.readFileSync(file, 'utf8'), file);
  return { ms: performance.now() - t0, kind: r.kind, findings: r.findings.length, problems: r.problems.length, internalErrors: r.internalErrors.length, error: r.error };
}

const steps = [];
for (const file of files) {
  const summary = await step(file);
  const w = await heap();
  await settle();
  steps.push({ file: path.basename(file), bytes: fs.statSync(file).size, ...summary, worker: w, rss: process.memoryUsage().rss, mainHeap: mainHeap() });
}
await worker.terminate();
console.log(JSON.stringify({ node: process.version, idle, workerIdle, steps }));
