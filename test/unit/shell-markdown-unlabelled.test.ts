/**
 * Markdown fences with no language label: read for their AWS CLI commands only (`aws <service>
 * <operation>`, an optional `$ ` prompt, continuation lines); JSON, YAML, command output and
 * other text in such a fence are not read.
 */
import assert from 'node:assert/strict';
import fs from 'node:fs';
import { markdownShellBlocks } from '../../src/core/forms/shell/markdown';
import { analyze } from '../../src/core/engine';
import { repoPath } from '../fixture';
import { lint } from './helpers';

const CREATE_TABLE = 'aws dynamodb create-table --table-name t \\\n    --attribute-definitions AttributeName=k,AttributeType=S \\\n    --key-schema AttributeName=k,KeyType=HASH --billing-mode PAY_PER_REQUEST';

describe('Markdown: unlabelled fences', () => {
  it('an unlabelled fence of aws commands is read like a bash block (same findings, same ranges)', () => {
    const bare = `# Setup\n\n\`\`\`\n${CREATE_TABLE}\n\`\`\`\n`;
    const bash = `# Setup\n\n\`\`\`bash\n${CREATE_TABLE}\n\`\`\`\n`;
    const a = lint(bare, { fileName: 'README.md' });
    const b = lint(bash, { fileName: 'README.md' });
    assert.ok(a.some((f) => f.ruleId === 'ADB050' && f.at === 'create-table'), JSON.stringify(a.map((f) => f.ruleId)));
    assert.deepEqual(a.map((f) => [f.ruleId, f.at, f.line]), b.map((f) => [f.ruleId, f.at, f.line]));
  });

  it('a `$ ` prompt is left out and the output after the command is not read', () => {
    const text = `# Try it\n\n\`\`\`\n$ ${CREATE_TABLE}\n{\n    "TableDescription": {\n        "TableName": "t"\n    }\n}\n$ aws dynamodb describe-table --table-name t\nAn error occurred (ResourceNotFoundException) when calling the DescribeTable operation: <tablename> --not-a-flag\n\`\`\`\n`;
    const blocks = markdownShellBlocks(text);
    assert.deepEqual(blocks.map((b) => text.slice(b.start, b.end)), [CREATE_TABLE, 'aws dynamodb describe-table --table-name t']);
    const found = lint(text, { fileName: 'README.md' });
    assert.ok(found.some((f) => f.ruleId === 'ADB050'));
    // Nothing on the output lines nor on the prompt.
    assert.ok(found.every((f) => f.line <= 5 && f.at !== '$'), JSON.stringify(found.map((f) => [f.ruleId, f.line, f.at])));
  });

  it('a quoted argument spread over lines stays one command', () => {
    const cmd = "aws dynamodb put-item --table-name t --item '{\n  \"k\": {\"S\": \"v\"}\n}'";
    const text = `\`\`\`\n${cmd}\necho done\n\`\`\`\n`;
    assert.deepEqual(markdownShellBlocks(text).map((b) => text.slice(b.start, b.end)), [cmd]);
    assert.deepEqual(analyze(text, { fileName: 'README.md' }).problems, []);
  });

  it('unlabelled fences of JSON, YAML, output, prose or other languages are still not read', () => {
    const fences = [
      '{\n  "aws": "dynamodb create-table"\n}',
      'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      StorageEncrypted: false',
      'aws is a cloud provider and dynamodb create-table makes tables', // prose: "is" is not an AWS CLI command
      'const aws = require("aws-sdk");\naws.dynamodb.createTable({})',
      'npm install\ncdk deploy',
      '  "aws dynamodb create-table"',
    ];
    for (const body of fences) {
      const text = `# Notes\n\n\`\`\`\n${body}\n\`\`\`\n`;
      assert.deepEqual(markdownShellBlocks(text), [], body);
      assert.equal(analyze(text, { fileName: 'README.md' }).kind, 'none', body);
    }
    // A labelled fence of another language is not read either, even with an aws line.
    assert.deepEqual(markdownShellBlocks('```python\naws dynamodb create-table --table-name t\n```\n'), []);
  });

  it('the vendored README with unlabelled fences (elasticache spring-demo) is read', () => {
    const file = 'test/corpus/shell/aws-samples__amazon-elasticache-samples/blogs/spring-demo/README.md';
    const text = fs.readFileSync(repoPath(file), 'utf8');
    const blocks = markdownShellBlocks(text).map((b) => text.slice(b.start, b.end));
    assert.ok(blocks.some((b) => b.startsWith('aws elasticache create-serverless-cache \\\n--serverless-cache-name spring-boot-demo')), blocks.join('\n---\n'));
    assert.ok(blocks.every((b) => b.startsWith('aws ')));
    const a = analyze(text, { fileName: file });
    assert.equal(a.kind, 'aws-cli');
    assert.deepEqual(a.problems, []);
  });

  it('a placeholder holding a variable (<$DynamoDBTableName>, from a README) is a value, not a redirection', () => {
    const text = '```\naws dynamodb scan --table-name <$DynamoDBTableName>\n```\n';
    assert.deepEqual(lint(text, { fileName: 'README.md' }).filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.message]), []);
    const sh = 'aws dynamodb scan --table-name <${TABLE}>\n';
    assert.deepEqual(lint(sh, { fileName: 'x.sh' }).filter((f) => f.severity !== 'info').map((f) => [f.ruleId, f.message]), []);
  });
});
