/** Timing helpers: warm in-process timings and whole child processes. */
import { spawnSync } from 'node:child_process';

export interface Timing {
  median: number;
  best: number;
  runs: number;
  /** Median CPU time of this process per run (user + system, all its threads): less sensitive to other load. */
  cpu?: number;
}

function median(times: number[]): number {
  const s = [...times].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function summarise(times: number[]): Timing {
  return { median: median(times), best: Math.min(...times), runs: times.length };
}

/** Times fn warm: `warmup` untimed calls (JIT, caches), then `runs` timed calls. */
export function warm(fn: () => unknown, { warmup = 5, runs = 21 } = {}): Timing {
  for (let i = 0; i < warmup; i++) fn();
  const times: number[] = [];
  const cpu: number[] = [];
  for (let i = 0; i < runs; i++) {
    const c0 = process.cpuUsage();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
    const c = process.cpuUsage(c0);
    cpu.push((c.user + c.system) / 1000);
  }
  return { ...summarise(times), cpu: median(cpu) };
}

export interface ProcessTiming extends Timing {
  status: number | null;
  stdout: string;
}

/**
 * Times a whole process `runs` times (wall clock, spawn to exit). Throws when it crashes: a
 * signal, or an exit status not in `okStatus` (linters exit 1 on findings, which is fine).
 */
export function processTime(cmd: string, args: string[], { runs = 5, okStatus = [0, 1], cwd }: { runs?: number; okStatus?: number[]; cwd?: string } = {}): ProcessTiming {
  const times: number[] = [];
  let last: ReturnType<typeof spawnSync> | undefined;
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    last = spawnSync(cmd, args, { cwd, encoding: 'utf8', maxBuffer: 256 << 20 });
    times.push(performance.now() - t0);
    if (last.error) throw last.error;
    if (last.signal || !okStatus.includes(last.status ?? -1)) {
      throw new Error(`${cmd} ${args.join(' ')} failed (status ${last.status}, signal ${last.signal}): ${String(last.stderr).slice(0, 500)}`);
    }
  }
  return { ...summarise(times), status: last!.status, stdout: String(last!.stdout) };
}
