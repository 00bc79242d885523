/**
 * The forms (src/core/forms): every registered form implements the contract, and the forms'
 * `accepts`/`read` give each file to the right form. A new form adds its rows to FILES.
 */
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { analyze, readDocument } from '../../src/core/engine';
import { applyFix, fixesFor, writerFor } from '../../src/core/fixes';
import { commentWriter } from '../../src/core/fixes/comment';
import { formOf, forms } from '../../src/core/forms';
import { FORM_FILE_NAME, FORM_FILES } from '../../src/core/forms/files';
import { REQUIRED_MEMBERS } from '../../src/core/forms/form';
import { HoverDocument } from '../../src/core/hover';
import type { DocumentKind, ModelDocument } from '../../src/core/model';

const CFN_YAML = 'Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n';
const CFN_JSON = '{\n  "Resources": {\n    "Db": { "Type": "AWS::RDS::DBInstance", "Properties": { "Engine": "mysql" } }\n  }\n}\n';
const CDK = "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine });\n";
const CLI = 'aws rds create-db-instance --db-instance-identifier db --engine mysql\n';
const TF = 'resource "aws_db_instance" "db" {\n  engine = "mysql"\n}\n';

/** File name, text, and the form that reads it ('none': no form). */
const FILES: [string, string, DocumentKind][] = [
  ['db.yaml', CFN_YAML, 'cloudformation'],
  ['db.yml', CFN_YAML, 'cloudformation'],
  ['db.json', CFN_JSON, 'cloudformation'],
  ['db.template', CFN_YAML, 'cloudformation'],
  ['template', CFN_YAML, 'cloudformation'],
  ['config.json', '{"name": "x"}', 'none'],
  ['notes.txt', 'hello world\n', 'none'],
  ['stack.ts', CDK, 'cdk'],
  ['stack.mts', CDK, 'cdk'],
  ['util.ts', 'export const x = 1;\n', 'none'],
  ['cdk.d.ts', CDK, 'none'],
  ['stack.js', "const cdk = require('aws-cdk-lib');\n", 'none'],
  ['deploy.sh', CLI, 'aws-cli'],
  ['deploy.bash', CLI, 'aws-cli'],
  ['deploy.sh', 'echo hi\n', 'aws-cli'],
  // No extension: the CloudFormation form accepts it too, but only the AWS CLI form reads it.
  ['deploy', `#!/bin/bash\n${CLI}`, 'aws-cli'],
  ['README.md', `# Setup\n\n\`\`\`bash\n${CLI}\`\`\`\n`, 'aws-cli'],
  ['README.md', '# Setup\n\nNothing to run.\n', 'none'],
  // A template in a shell block of Markdown is not read as a template.
  ['README.md', `\`\`\`yaml\n${CFN_YAML}\`\`\`\n`, 'none'],
  ['main.tf', TF, 'terraform'],
  ['MAIN.TF', TF, 'terraform'],
  // Terraform's words in YAML, or a .tf name inside another name, are not Terraform.
  ['main.tf.yaml', CFN_YAML, 'cloudformation'],
  ['db.yaml', TF, 'none'],
];

describe('forms', () => {
  it('every registered form implements the contract, once per kind', () => {
    const list = forms();
    assert.ok(list.length >= 3, `only ${list.length} forms registered`);
    const kinds = new Set<string>();
    for (const f of list) {
      assert.ok(f, 'a registered form is undefined (an import cycle?)');
      for (const m of REQUIRED_MEMBERS) assert.ok(f[m] !== undefined, `${f.kind}: no ${m}`);
      assert.equal(typeof f.accepts, 'function', `${f.kind}: accepts`);
      assert.equal(typeof f.read, 'function', `${f.kind}: read`);
      assert.ok(f.title.trim().length > 0, `${f.kind}: empty title`);
      assert.ok(f.comment === '#' || f.comment === '//', `${f.kind}: comment ${f.comment}`);
      for (const m of ['fixWriter', 'hover', 'settingName'] as const) if (f[m] !== undefined) assert.equal(typeof f[m], 'function', `${f.kind}: ${m}`);
      assert.ok(!kinds.has(f.kind), `two forms of kind ${f.kind}`);
      kinds.add(f.kind);
      assert.equal(formOf(f.kind), f);
    }
  });

  it('every registered form reads at least one file of the table (a new form adds its rows)', () => {
    const read = new Set(FILES.map(([name, text]) => readDocument(text, name)?.kind));
    for (const f of forms()) assert.ok(read.has(f.kind), `no row of FILES is read by the ${f.title} form (${f.kind})`);
  });

  it('the hosts\' file table (forms/files.ts) names the extension of every file a form reads, and package.json activates on each form\'s languages', () => {
    for (const [name, text, kind] of FILES) {
      const ext = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
      if (kind === 'none' || !ext || !readDocument(text, name)) continue;
      assert.ok(FORM_FILES[kind].extensions.includes(ext), `${name} is read by ${kind}, but forms/files.ts does not list .${ext}: the CLI would not lint it in a folder`);
      assert.ok(FORM_FILE_NAME.test(name), name);
    }
    assert.ok(!FORM_FILE_NAME.test('photo.png') && !FORM_FILE_NAME.test('main.tf.bak'));
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, '../../package.json'), 'utf8')) as { activationEvents: string[] };
    for (const f of forms()) {
      assert.ok(FORM_FILES[f.kind], `forms/files.ts has no row for ${f.kind}`);
      assert.ok(FORM_FILES[f.kind].languages.some((l) => pkg.activationEvents.includes(`onLanguage:${l}`)), `package.json activates on none of ${f.kind}'s languages`);
    }
  });

  for (const [name, text, kind] of FILES) {
    it(`${name} (${JSON.stringify(text.slice(0, 24))}…) is read by ${kind}`, () => {
      const doc = readDocument(text, name);
      assert.equal(doc?.kind ?? 'none', kind);
      // The form that read it accepts it, and is the first form that accepts it and reads something.
      if (doc) {
        const first = forms().find((f) => f.accepts(name, text) && f.read(text, name));
        assert.equal(first?.kind, kind);
        assert.ok(doc.resources.every((r) => r.form === kind), `${name}: a resource of another form`);
      }
    });
  }

  it('a reader that throws is named by its form title in the problem', () => {
    const form = formOf('cloudformation')!;
    const read = form.read;
    (form as { read: typeof read }).read = () => {
      throw new Error('boom');
    };
    try {
      const a = analyze(CFN_YAML, { fileName: 'db.yaml' });
      assert.equal(a.kind, 'cloudformation');
      assert.match(a.problems[0].message, /the CloudFormation reader failed \(.*boom/);
    } finally {
      (form as { read: typeof read }).read = read;
    }
  });

  it('each form with a fix writer gets its own; its "suppress here" writes its comment', () => {
    const cases: [string, string, RegExp][] = [
      ['db.yaml', CFN_YAML, /Metadata/],
      ['stack.ts', "import * as rds from 'aws-cdk-lib/aws-rds';\nnew rds.DatabaseInstance(this, 'Db', { engine, publiclyAccessible: true });\n", /\/\/ aws-db-architect-ignore ADB\d{3}/],
      ['deploy.sh', 'aws rds create-db-instance --db-instance-identifier db --engine mysql --publicly-accessible\n', /# aws-db-architect-ignore ADB\d{3}/],
    ];
    for (const [name, text, written] of cases) {
      const a = analyze(text, { fileName: name });
      const doc = a.doc as ModelDocument;
      assert.ok(formOf(doc.kind as never)?.fixWriter, `${name}: its form has no writer`);
      assert.equal(writerFor(doc, text)?.name, formOf(doc.kind as never)!.fixWriter!(doc, text)!.name);
      const f = a.findings[0];
      assert.ok(f, `${name}: no finding`);
      const sup = fixesFor(f, doc, text).find((x) => x.title.startsWith(`Suppress ${f.ruleId}`));
      assert.ok(sup, `${name}: no suppress fix`);
      const after = applyFix(text, sup);
      assert.match(after, written);
      // The suppression works: the rule no longer fires on the edited text.
      assert.ok(!analyze(after, { fileName: name }).findings.some((g) => g.ruleId === f.ruleId && g.resource === f.resource), `${name}: ${f.ruleId} still fires after "${sup.title}"`);
    }
  });

  it('a form without a fix writer still gets "suppress here" as its comment, and no other fix', () => {
    const text = 'resource "x" "y" {\n  a = 1\n}\n';
    const w = commentWriter('//');
    const edits = w.suppress({} as ModelDocument, text, 'ADB004', text.indexOf('a = 1'));
    assert.deepEqual(edits, [{ span: { start: 19, end: 19 }, newText: '  // aws-db-architect-ignore ADB004\n' }]);
    const i = { doc: {} as ModelDocument, text, resource: { id: 'y' } as never };
    assert.equal(w.insert(i, 'StorageEncrypted', true), undefined);
    assert.equal(w.managedPassword(i, {} as never), undefined);
  });

  it('hovers come from the form that serves the file', () => {
    const cases: [string, string, DocumentKind][] = [
      ['db.yaml', CFN_YAML, 'cloudformation'],
      ['stack.ts', CDK, 'cdk'],
      // Hovers read tokens, so TSX that mentions aws-cdk-lib gets them though the reader does not read it.
      ['stack.tsx', CDK, 'cdk'],
      ['util.ts', 'export const x = 1;\n', 'none'],
      // A template's words in TypeScript are not a template.
      ['util.ts', CFN_YAML, 'none'],
      // The AWS CLI hover is the editor's AWS CLI provider, per word.
      ['deploy.sh', CLI, 'none'],
    ];
    for (const [name, text, kind] of cases) assert.equal(new HoverDocument(text, name, { noAnalysis: true }).kind, kind, name);
    const h = new HoverDocument(CFN_YAML, 'db.yaml', { noAnalysis: true }).hover(CFN_YAML.indexOf('AWS::RDS::DBInstance') + 3);
    assert.match(h ?? '', /DBInstance/);
    const c = new HoverDocument(CDK, 'stack.ts', { noAnalysis: true }).hover(CDK.indexOf('DatabaseInstance') + 3);
    assert.match(c ?? '', /DatabaseInstance|DB instance/i);
  });
});
