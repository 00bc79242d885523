/** Messages between the extension host and the analysis worker. Plain data only. */
import type { AnalyzeOptions, Finding, Problem } from '../core/engine';
import type { DocumentKind } from '../core/model';

export interface AnalyzeRequest {
  id: number;
  method: 'analyze';
  text: string;
  options: AnalyzeOptions;
}

export interface AnalyzeResponse {
  id: number;
  kind: DocumentKind;
  findings: Finding[];
  problems: Problem[];
  production?: { production: boolean; reason: string };
  internalErrors: string[];
  error?: string;
}
