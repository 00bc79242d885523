/**
 * The bench registry: every case `npm run bench` runs, in order. To add one, write
 * bench/cases/<name>.ts exporting a BenchCase and list it here (bench/README.md).
 */
import type { BenchCase } from '../lib/types';
import { cfnAnalysis } from './analysis';
import { cliProcess } from './cli-process';
import { cfnLint } from './cfn-lint';
import { hover } from './hover';
import { cdk, shell, shellLarge, terraform } from './cdk-shell';
import { diagramView } from './diagram-view';
import { cliModelCheck } from './cli-model-check';
import { memory } from './memory';
import { yamlSize } from './yaml-size';
import { dataLoss } from './dataloss';
import { activation } from './activation';

export const CASES: BenchCase[] = [cfnAnalysis, dataLoss, cliProcess, hover, cdk, terraform, shell, shellLarge, cliModelCheck, memory, yamlSize, cfnLint, diagramView, activation];
