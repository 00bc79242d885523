/**
 * What a bench case gets: generated inputs in bench/out/ (gitignored), the code under test as
 * an esbuild bundle (the same way dist/ is built, so timings are those of the shipped code),
 * timing helpers, and a memo so cases can share a measurement (the CLI time beside cfn-lint's).
 */
import fs from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { makeTemplate } from '../inputs/template';
import { processTime, warm, type ProcessTiming } from './measure';

export class BenchContext {
  readonly out: string;
  private readonly memos = new Map<string, unknown>();
  private readonly require = createRequire(__filename);

  constructor(readonly root: string) {
    this.out = path.join(root, 'bench', 'out');
    fs.mkdirSync(this.out, { recursive: true });
  }

  readonly warm = warm;
  readonly processTime = processTime;

  /** A generated CloudFormation template (bench/inputs/template.ts), made once per run into bench/out/. */
  template(resources: number, bytes: number, format: 'yaml' | 'json'): string {
    return this.memo(`template:${resources}:${bytes}:${format}`, () => {
      const file = path.join(this.out, `template-${resources}-${bytes}.${format}`);
      fs.writeFileSync(file, makeTemplate(resources, bytes, format));
      return file;
    });
  }

  /** An input file written once per run from a generator. */
  file(name: string, make: () => string): string {
    return this.memo(`file:${name}`, () => {
      const file = path.join(this.out, name);
      fs.writeFileSync(file, make());
      return file;
    });
  }

  /** A source module (path from the repo root) bundled by esbuild and loaded. */
  load<T>(entry: string): T {
    return this.memo(`load:${entry}`, () => {
      // Directly in bench/out/ (two below the root, as dist/ is one): the bundles find data/ as the sources do.
      const outfile = path.join(this.out, 'bundle-' + entry.replace(/[/\\.]/g, '_') + '.cjs');
      esbuild.buildSync({
        entryPoints: [path.join(this.root, entry)],
        outfile,
        bundle: true,
        platform: 'node',
        target: 'node20',
        format: 'cjs',
        mainFields: ['module', 'main'],
        // The CDK reader loads the TypeScript compiler lazily, as dist/ does: from node_modules here.
        external: ['vscode', 'typescript'],
        logLevel: 'silent',
      });
      return this.require(outfile) as T;
    });
  }

  /** The built CLI (`node dist/cli.js lint FILE --format json`), 5 runs, shared between cases. */
  cli(file: string, runs = 5): ProcessTiming {
    return this.memo(`cli:${file}:${runs}`, () => processTime(process.execPath, [path.join(this.root, 'dist', 'cli.js'), 'lint', file, '--format', 'json'], { runs, cwd: this.root }));
  }

  /** Computes a value once per run. */
  memo<T>(key: string, make: () => T): T {
    if (!this.memos.has(key)) this.memos.set(key, make());
    return this.memos.get(key) as T;
  }
}
