/** The architecture pattern catalogue's shape: one entry per diagram. Pure data, no vscode. */

/** What the "Insert" button puts into the editor. */
export interface PatternSnippet {
  /** Button text after "Insert": `CloudFormation YAML`, `CDK TypeScript`. */
  label: string;
  /** VS Code language id of the snippet file to look in (`yaml`, `typescript`). */
  language: string;
  /**
   * Prefixes of the shipped snippets (snippets/, written by the snippet engineer) that match this
   * entry, tried in order; the first one found at run time is inserted.
   */
  prefixes: string[];
  /**
   * For the study guide's patterns: the shipped whole-stack snippet whose description starts with
   * `Pattern N` wins over the prefixes.
   */
  seedPattern?: number;
  /**
   * The entry's own small template, in VS Code snippet syntax, inserted when no shipped snippet
   * matches (so the button always does something useful).
   */
  fallback: string;
}

export interface Pattern {
  /** Stable id (`multi-tier-rds`). */
  id: string;
  title: string;
  /** `Pattern 1` / `Scenario 2` for entries from the study guide; '' for the others. */
  origin: string;
  /** Study-guide section, or null when the guide is silent. */
  seed: string | null;
  /** One or two sentences: what it is. */
  summary: string;
  /** When to choose it, a few bullets. */
  whenToChoose: string[];
  /** Where AWS now says something else than the study guide (or the guide is silent): what and why. */
  note?: string;
  /** Key limits: knowledge-base fact ids (a test fails when one does not exist). */
  facts: string[];
  /** AWS documentation for the pattern as a whole. */
  sources: string[];
  /** Mermaid source of the diagram (flowchart or sequence diagram). */
  mermaid: string;
  /** Extra search words. */
  keywords: string[];
  snippet: PatternSnippet;
}
