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

/** A read problem of the template, with its 1-based line when it has one. */
export interface ProblemView {
  message: string;
  line?: number;
}

/** A finding on one resource of the diagram (errors and warnings only). */
export interface FindingView {
  /** The logical ID of the resource. */
  resource: string;
  ruleId: string;
  severity: 'error' | 'warning';
  message: string;
}

/** What a template diagram draws: every resource, a summary by type, or one resource and its neighbours. */
export type DiagramViewKind = 'all' | 'summary' | 'focus';

/** Extension -> webview. */
export type ToWebview =
  | { type: 'patterns'; entries: PatternView[] }
  | {
    type: 'diagram'; title: string; uri: string; mermaid: string; problems: ProblemView[]; version: number;
    /** Node key (`n0`) -> 0-based line of its resource, for "show in the editor". */
    lines?: Record<string, number>;
    /** Node key -> the logical IDs it stands for (one resource, or a type's members in a summary), for the finding badges. */
    resources?: Record<string, string[]>;
    /** A large template: what is drawn instead of every resource. */
    view?: DiagramViewKind;
    /** Says what a summary or focused view shows. */
    note?: string;
    /** A catalogue pattern shown full size (its id): no template behind it. */
    patternId?: string;
  }
  /** The findings of the diagram's template, by resource; sent after each analysis. */
  | { type: 'findings'; uri: string; findings: FindingView[] }
  | { type: 'notice'; level: 'info' | 'error'; text: string };

/** Webview -> extension. */
export type FromWebview =
  | { type: 'ready' }
  | { type: 'insertSnippet'; patternId: string }
  | { type: 'copyText'; text: string }
  | { type: 'saveSvg'; svg: string; name: string }
  | { type: 'savePng'; base64: string; name: string }
  | { type: 'insertMarkdown'; mermaid: string }
  /** A template diagram node was clicked: show its resource (0-based line) in the editor; `key` the node (its file, for another file of the folder). */
  | { type: 'revealLine'; line: number; key?: string }
  /** A large template: draw the summary by type, or the resource at the editor's cursor and its neighbours. */
  | { type: 'diagramView'; view: 'summary' | 'cursor' }
  /** Open a catalogue pattern's diagram full size in its own editor tab. */
  | { type: 'openPattern'; patternId: string }
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
  /** Diagram zoom chosen by the user (1 = Mermaid's size); absent: fitted to the width while labels stay readable. */
  zoom?: number;
  /** A pattern shown full size (its id), to reopen after a reload. */
  patternId?: string;
}
