/**
 * Identifiers and selectors the composition root needs at activation. They live here, apart from
 * the panels and providers that use them, so activation does not load those (test/unit/lazy-ids
 * checks that both sides agree).
 */
export const SHOW_PATTERNS_COMMAND = 'awsDbArchitect.showPatterns';
export const DIAGRAM_TEMPLATE_COMMAND = 'awsDbArchitect.diagramTemplate';
export const PATTERNS_VIEW_TYPE = 'awsDbArchitect.patterns';
export const DIAGRAM_VIEW_TYPE = 'awsDbArchitect.diagram';
export const OPEN_PATTERN_COMMAND = 'awsDbArchitect.openPattern';
export const PATTERN_DIAGRAM_VIEW_TYPE = 'awsDbArchitect.patternDiagram';

/** Languages the template/CDK hover serves (shell scripts and Markdown are the AWS CLI hover's). */
export const HOVER_LANGUAGES = ['yaml', 'json', 'jsonc', 'typescript', 'typescriptreact', 'cloudformation', 'cfn-yaml', 'cfn-json', 'terraform'];
/** Languages the AWS CLI completion and hover serve. */
export const CLI_LANGUAGES = ['shellscript', 'markdown'];
/** Characters that open AWS CLI completion. */
export const CLI_TRIGGER_CHARACTERS = [' ', '-', '=', ','];
/** Languages the template completion serves (CloudFormation YAML and JSON). */
export const TEMPLATE_LANGUAGES = ['yaml', 'json', 'jsonc', 'cloudformation', 'cfn-yaml', 'cfn-json'];
/** Characters that open template completion: after `Key: `, in a JSON string, after a JSON colon. */
export const TEMPLATE_TRIGGER_CHARACTERS = [' ', '"', ':'];
/** Documents the Terraform completion serves: the `terraform` language (ours or HashiCorp's) and `.tf` files under any other id. */
export const TERRAFORM_SELECTOR = [{ language: 'terraform' }, { pattern: '**/*.tf' }];
/** Characters that open Terraform completion: the quote of `resource "` (names open it as they are typed). */
export const TERRAFORM_TRIGGER_CHARACTERS = ['"'];
/** Opens docs/rules.md at a rule (argument: the rule ID). */
export const SHOW_RULE_DOCS_COMMAND = 'awsDbArchitect.showRuleDocumentation';
/** Applies the quick fixes that are safe together to the active file. */
export const FIX_ALL_COMMAND = 'awsDbArchitect.fixAll';
/** Lints every file of the workspace some form reads (results in the Problems view). */
export const LINT_WORKSPACE_COMMAND = 'awsDbArchitect.lintWorkspace';
/** Writes the workspace's findings as SARIF or Markdown. */
export const EXPORT_FINDINGS_COMMAND = 'awsDbArchitect.exportFindings';
/** The status bar item's click: why the active file is (not) production, with the setting. */
export const SHOW_FILE_STATUS_COMMAND = 'awsDbArchitect.showFileStatus';
/** The CDK snippets: shipped, not contributed; the CDK snippet completion serves them with their imports. */
export const CDK_SNIPPETS_FILE = 'snippets/cdk.code-snippets';
/** Languages the CDK snippet completion serves. */
export const CDK_SNIPPET_LANGUAGES = ['typescript'];
