/**
 * The diagram commands, webview serializers and hover, registered at activation with stand-ins
 * that load dist/features.js on first use (the panels, mermaid glue and the core's hover).
 */
import * as vscode from 'vscode';
import type { DiagnosticsController } from './diagnostics';
import { trackTextEditors } from './diagram-editor';
import { DIAGRAM_TEMPLATE_COMMAND, DIAGRAM_VIEW_TYPE, HOVER_LANGUAGES, OPEN_PATTERN_COMMAND, PATTERN_DIAGRAM_VIEW_TYPE, PATTERNS_VIEW_TYPE, SHOW_PATTERNS_COMMAND } from './ids';
import { guarded, once, type Features } from './lazy';
import { registerHoverDetails } from './hover-details';

/** `diagnostics`: the live analysis, whose findings the template diagram shows as badges. */
export function registerDiagramViews(context: vscode.ExtensionContext, log: (s: string) => void, features: () => Features, diagnostics?: DiagnosticsController): vscode.Disposable[] {
  return [
    trackTextEditors(),
    vscode.commands.registerCommand(SHOW_PATTERNS_COMMAND, () => features().PatternsPanel.show(context, log)),
    vscode.commands.registerCommand(DIAGRAM_TEMPLATE_COMMAND, (uri?: vscode.Uri) => features().diagramCommand(context, log, uri, diagnostics)),
    vscode.commands.registerCommand(OPEN_PATTERN_COMMAND, (patternId?: unknown) => features().PatternDiagramPanel.pick(context, log, patternId)),
    vscode.window.registerWebviewPanelSerializer(PATTERNS_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel) => features().PatternsPanel.revive(panel, context, log),
    }),
    vscode.window.registerWebviewPanelSerializer(DIAGRAM_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        const f = features();
        return f.DiagramPanel.revive(panel, context, f.parseState(state)?.documentUri, log, diagnostics);
      },
    }),
    vscode.window.registerWebviewPanelSerializer(PATTERN_DIAGRAM_VIEW_TYPE, {
      deserializeWebviewPanel: async (panel, state) => {
        const f = features();
        return f.PatternDiagramPanel.revive(panel, context, f.parseState(state)?.patternId, log);
      },
    }),
  ];
}

export function registerHover(diagnostics: DiagnosticsController, features: () => Features): vscode.Disposable[] {
  const hover = once(() => new (features().HoverAdapter)(diagnostics));
  let made = false;
  return [
    vscode.languages.registerHoverProvider(HOVER_LANGUAGES.map((language) => ({ language })), {
      provideHover: (d, p) => {
        made = true;
        return guarded('hover', () => hover().provideHover(d, p));
      },
    }),
    { dispose: () => (made ? hover().dispose() : undefined) },
    ...registerHoverDetails(() => features().hoverDetails),
  ];
}
