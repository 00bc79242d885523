/** Messages between the extension host and the analysis worker. Plain data only. */
import type { ReplacementSummary } from '../core/dataloss';
import type { Analysis, AnalyzeOptions, Finding, Problem } from '../core/engine';
import type { DocumentKind } from '../core/model';
import type { FixAllResult } from '../core/fixes/fix-all';

export interface AnalyzeRequest {
  id: number;
  /** `fixAll`: apply the preferred fixes that are safe together (src/core/fixes/fix-all.ts); the answer's `fixAll` holds the new text. */
  method: 'analyze' | 'fixAll';
  text: string;
  options: AnalyzeOptions;
  /** Also answer the data-loss guard's replacementSummary (the CodeLens). */
  summary?: boolean;
}

export interface AnalyzeResponse {
  id: number;
  kind: DocumentKind;
  findings: Finding[];
  problems: Problem[];
  production?: { production: boolean; reason: string };
  /** What threw during the analysis, with stacks (see Analysis.internalErrors). */
  internalErrors: string[];
  /** With options.base: whether the data-loss guard compared the file with it (Analysis.base.status). */
  base?: NonNullable<Analysis['base']>['status'];
  /** With `summary`: per stateful database resource, what replaces it (CloudFormation and CDK files). */
  summary?: ReplacementSummary[];
  /** The analysis failed as a whole (the engine threw, the worker stopped or took too long): why. */
  error?: string;
  /** The stack of that failure, for the log. */
  errorStack?: string;
  /** The answer to a `fixAll` request. */
  fixAll?: FixAllResult;
}

/** A line the worker asks the host to log (the core's reporter in the worker). */
export interface WorkerLog {
  type: 'log';
  level: 'error' | 'warn' | 'info';
  message: string;
  /** The stack, as text. */
  detail?: string;
  /** Said once per session (see src/core/log.ts). */
  once?: string;
}

export type FromWorker = AnalyzeResponse | WorkerLog;
