/** SARIF 2.1.0 output for code scanning (GitHub, Azure DevOps). Lines and columns are 1-based there. Pure: the CLI and the editor's "Export Findings" write it. */
import { RULES } from '../rules';
import type { ReportFile } from './files';

const LEVEL = { error: 'error', warning: 'warning', info: 'note' } as const;

export function toSarif(files: readonly ReportFile[]): object {
  const used = new Set(files.flatMap((f) => f.findings.map((x) => x.ruleId)));
  const rules = RULES.filter((r) => used.has(r.id)).map((r) => ({
    id: r.id,
    name: r.title,
    shortDescription: { text: r.title },
    fullDescription: { text: r.description },
    helpUri: r.source.urls[0],
    defaultConfiguration: { level: LEVEL[r.severity] },
    properties: { tags: r.services },
  }));
  if (used.has('ADB000')) rules.unshift({
    id: 'ADB000', name: 'File could not be analysed', shortDescription: { text: 'File could not be analysed' },
    fullDescription: { text: 'The file is malformed, too large, binary or unreadable.' }, helpUri: 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html',
    defaultConfiguration: { level: 'error' }, properties: { tags: [] },
  });
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{
      tool: { driver: { name: 'aws-db-architect', informationUri: 'https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/', version: '0.1.0', rules } },
      results: files.flatMap((f) => f.findings.map((x) => ({
        ruleId: x.ruleId,
        level: LEVEL[x.severity],
        message: { text: x.message },
        locations: [{
          physicalLocation: {
            artifactLocation: { uri: f.path.split('\\').join('/') },
            region: {
              startLine: x.range.start.line + 1,
              startColumn: x.range.start.character + 1,
              endLine: x.range.end.line + 1,
              endColumn: x.range.end.character + 1,
            },
          },
          ...(x.resource ? { logicalLocations: [{ name: x.resource, kind: 'resource' }] } : {}),
        }],
      }))),
    }],
  };
}
