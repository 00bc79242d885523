/**
 * Hovers, pure: (document text, offset, file name) -> Markdown or undefined. The text is read once
 * per version (a HoverDocument caches the parsed template and, lazily, the analysis), so a warm
 * hover is a binary search and a short walk.
 */
import { report } from '../log';
import { analyze, type AnalyzeOptions, type Finding } from '../engine';
import { forms, type FormHover } from '../forms';
import type { DocumentKind } from '../model';
import { ruleById } from '../rules';
import { ruleMarkdown } from './render';

export { cliHoverMarkdown } from '../forms/shell/hover';
export { typeHover } from '../forms/cloudformation/hover';
export { factMarkdown, SHOW_DETAILS_COMMAND, type MoreTarget } from './render';
export { hoverDetails } from './details';

export interface HoverOptions {
  /** Engine options for the finding hovers (production mode, rule settings). */
  analyze?: AnalyzeOptions;
  /** Findings already computed for this exact text (the diagnostics'), to avoid a second analysis. */
  findings?: readonly Finding[];
  /** Never run the engine here: findings come only from `findings` or `setFindings` (the editor's worker computes them). */
  noAnalysis?: boolean;
}

/** One document version, read once; `hover(offset)` answers from the cached structures. */
export class HoverDocument {
  private findings?: readonly Finding[];
  /** The hovers of the first form (src/core/forms) that serves this text, if any. */
  private readonly own?: FormHover;
  readonly kind: DocumentKind = 'none';

  constructor(readonly text: string, readonly fileName: string, private readonly options: HoverOptions = {}) {
    this.findings = options.findings;
    for (const form of forms()) {
      const h = safe(() => form.hover?.(text, fileName, { maxBytes: options.analyze?.maxBytes }));
      if (!h) continue;
      this.own = h;
      this.kind = form.kind;
      break;
    }
  }

  /** Findings computed elsewhere for this exact text (the diagnostics of this document version). */
  setFindings(findings: readonly Finding[]): void {
    this.findings = findings;
  }

  /** Whether findings are known (given, or analysed here). */
  get hasFindings(): boolean {
    return this.findings !== undefined;
  }

  /** Markdown for the position, or undefined (never throws). */
  hover(offset: number): string | undefined {
    return safe(() => {
      const parts: string[] = [];
      for (const f of this.findingsAt(offset)) {
        const rule = ruleById(f.ruleId);
        if (rule) parts.push(ruleMarkdown(rule, f.message, f.severity));
      }
      const own = this.own?.hover(offset);
      if (own) parts.push(own);
      return parts.length ? parts.join('\n\n---\n\n') : undefined;
    });
  }

  private findingsAt(offset: number): Finding[] {
    if (this.kind === 'none' && !this.findings) return [];
    if (!this.findings && this.options.noAnalysis) return [];
    this.findings ??= safe(() => analyze(this.text, { ...this.options.analyze, fileName: this.fileName }).findings) ?? [];
    // Findings are few per document: a linear scan costs less than keeping an interval tree.
    return this.findings.filter((f) => offset >= f.span.start && offset <= f.span.end && f.span.end > f.span.start);
  }
}

function safe<T>(f: () => T): T | undefined {
  try {
    return f();
  } catch (e) {
    report('error', 'the analysis behind a hover failed, so the hover shows no findings', e);
    return undefined;
  }
}

const cache = new Map<string, HoverDocument>();
const CACHE_SIZE = 8;

/** A HoverDocument for this text, reused while the text of `fileName` does not change. */
export function hoverDocument(text: string, fileName: string, options: HoverOptions = {}): HoverDocument {
  const hit = cache.get(fileName);
  if (hit && hit.text === text && !options.findings) return hit;
  const d = new HoverDocument(text, fileName, options);
  cache.delete(fileName);
  cache.set(fileName, d);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return d;
}

/** Hover Markdown at `offset` of `text` (a CloudFormation template or CDK TypeScript), or undefined. */
export function hoverAt(text: string, offset: number, fileName: string, options: HoverOptions = {}): string | undefined {
  return hoverDocument(text, fileName, options).hover(offset);
}
