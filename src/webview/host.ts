/**
 * The webview's link to the extension: VS Code's API when running in a webview, and a recording
 * stand-in in a plain browser page (the browser tests and the CLI's SVG renderer), which keeps sent
 * messages in `window.adbSent` and the state in memory.
 */
import type { FromWebview, WebviewState } from '../protocol/messages';
import { parseState } from '../protocol/validate';

interface VsCodeApi {
  postMessage(message: unknown): void;
  getState(): unknown;
  setState(state: unknown): void;
}

declare const acquireVsCodeApi: (() => VsCodeApi) | undefined;

interface Recorder {
  adbSent?: FromWebview[];
  adbState?: unknown;
}

function standIn(): VsCodeApi {
  const w = window as unknown as Recorder;
  w.adbSent = [];
  return {
    postMessage: (m) => w.adbSent!.push(m as FromWebview),
    getState: () => w.adbState,
    setState: (s) => { w.adbState = s; },
  };
}

const api: VsCodeApi = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : standIn();

/** Sends a typed message to the extension. */
export function send(message: FromWebview): void {
  api.postMessage(message);
}

/** The saved state, if any and well formed. */
export function loadState(): WebviewState | undefined {
  return parseState(api.getState());
}

/** Merges a change into the saved state. */
export function saveState(change: Partial<WebviewState> & Pick<WebviewState, 'view'>): void {
  api.setState({ ...loadState(), ...change });
}
