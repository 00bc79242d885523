/**
 * The typed message protocol between the extension and its diagram webviews, in both directions,
 * as discriminated unions on `type`. Shared by src/vscode (extension side) and src/webview
 * (browser side); no imports, so both bundles can take it.
 *
 * Validation is hand-written (validate.ts) rather than zod: zod adds about 60 KB minified to a
 * bundle, and these messages are few and flat.
 */

/** One key limit shown with a pattern, from the knowledge base. */
export interface LimitView {
  factId: string;
  subject: string;
  value: string;
  /** AWS documentation URLs the fact was checked against. */
  sources: string[];
}

/** One catalogue entry as the webview shows it. */
export interface PatternView {
  id: string;
  title: string;
  /** `Pattern 1`, `Scenario 3`, or an empty string for entries beyond the study guide. */
  origin: string;
  summary: string;
  whenToChoose: string[];
  /** Where AWS now differs from the study guide ('' when it does not). */
  note: string;
  limits: LimitView[];
  /** AWS documentation for the pattern as a whole. */
  sources: string[];
  mermaid: string;
  /** Words the search box also matches. */
  keywords: string[];
  /** Button text: what the insert button puts into the editor (`CloudFormation YAML`). */
  snippetLabel: string;
}

/** Extension -> webview. */
export type ToWebview =
  | { type: 'patterns'; entries: PatternView[] }
  | { type: 'diagram'; title: string; uri: string; mermaid: string; problems: string[]; version: number; lines?: Record<string, number> }
  | { type: 'notice'; level: 'info' | 'error'; text: string };

/** Webview -> extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'insertSnippet'; patternId: string }
  | { type: 'copyText'; text: string }
  | { type: 'saveSvg'; svg: string; name: string }
  | { type: 'savePng'; base64: string; name: string }
  | { type: 'insertMarkdown'; mermaid: string }
  /** A template diagram node was clicked: show its resource (0-based line) in the editor. */
  | { type: 'revealLine'; line: number }
  | { type: 'rendered'; ms: number; ok: boolean; error?: string };

/** What the webview keeps through being hidden (vscode.setState) and the serializer restores. */
export interface WebviewState {
  view: 'patterns' | 'diagram';
  /** The template the diagram view shows (its URI), to reopen after a reload. */
  documentUri?: string;
  query?: string;
  selected?: string;
  scrollX?: number;
  scrollY?: number;
  /** Template diagram: fitted to the panel's width (default) or at actual size. */
  fit?: boolean;
}
