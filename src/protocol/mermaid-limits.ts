/**
 * The limits Mermaid is configured with in the webview (src/webview/render.ts), shared with the
 * extension and the CLI so a diagram past them is refused with a message, never drawn as Mermaid's
 * "Maximum text size in diagram exceeded" placeholder.
 */
export const MERMAID_MAX_TEXT = 500_000;
export const MERMAID_MAX_EDGES = 2000;
