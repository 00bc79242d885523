/**
 * The heavy half of the extension host code (the core's hover, the AWS CLI model, the diagram
 * panels), bundled apart as dist/features.js and loaded on first use, so activation stays small.
 */
export { HoverAdapter } from './hover';
export { hoverDetails } from '../core/hover/details';
export { CliCompletionProvider } from './cli-completion';
export { TemplateCompletionProvider } from './template-completion';
export { TerraformCompletionProvider } from './terraform-completion';
export { CdkSnippetProvider } from './cdk-snippets';
export { CliHoverProvider } from './cli-hover';
export { PatternsPanel } from './patterns-panel';
export { DiagramPanel } from './diagram-panel';
export { PatternDiagramPanel } from './pattern-panel';
export { diagramCommand } from './diagram-commands';
export { parseState } from '../protocol/validate';
export { toSarif } from '../core/report/sarif';
