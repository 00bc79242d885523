// Terraform in the editor without HashiCorp's extension: what package.json contributes for it.
import { strict as assert } from 'node:assert';
import fs from 'node:fs';
import path from 'node:path';
import { FORM_FILE_NAME, FORM_FILES } from '../../src/core/forms/files';
import { isTerraformSibling } from '../../src/core/forms/terraform/siblings';

const ROOT = path.resolve(__dirname, '..', '..');
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as {
  activationEvents: string[];
  contributes: { languages: { id: string; extensions: string[]; configuration?: string }[]; menus: Record<string, { command: string; when: string }[]> };
};

describe('Terraform files are recognised without the HashiCorp Terraform extension', () => {
  it('.tf is language terraform (its id in HashiCorp\'s extension too) and .tfvars terraform-vars, each with comments and brackets', () => {
    const lang = (id: string) => pkg.contributes.languages.find((l) => l.id === id);
    assert.deepEqual(lang('terraform')?.extensions, ['.tf']);
    assert.deepEqual(lang('terraform-vars')?.extensions, ['.tfvars']);
    for (const id of ['terraform', 'terraform-vars']) {
      const conf = JSON.parse(fs.readFileSync(path.join(ROOT, lang(id)!.configuration!), 'utf8')) as { comments: { lineComment: string } };
      assert.equal(conf.comments.lineComment, '#');
    }
    assert.ok(pkg.activationEvents.includes('onLanguage:terraform'));
    assert.ok(FORM_FILES.terraform.languages.includes('terraform'));
  });

  it('.tf and .tf.json are files the hosts analyse (editor, Lint Workspace); tfvars are read as siblings', () => {
    for (const f of ['main.tf', 'main.tf.json', 'MAIN.TF']) assert.ok(FORM_FILE_NAME.test(f), f);
    for (const f of ['terraform.tfvars', 'prod.auto.tfvars', 'variables.tf', 'x.tf.json']) assert.ok(isTerraformSibling(f), f);
    assert.ok(!isTerraformSibling('prod.tfvars'), 'a -var-file is not loaded by Terraform by itself');
  });

  it('Diagram This Template is offered on .tf editors, .tf files and folders in the Explorer', () => {
    const title = pkg.contributes.menus['editor/title'].find((m) => m.command === 'awsDbArchitect.diagramTemplate')!;
    assert.match(title.when, /resourceLangId == terraform/);
    const explorer = pkg.contributes.menus['explorer/context'].find((m) => m.command === 'awsDbArchitect.diagramTemplate')!;
    const ext = /resourceExtname =~ \/(.*)\/ /.exec(explorer.when)![1];
    assert.ok(new RegExp(ext).test('.tf'));
    assert.match(explorer.when, /explorerResourceIsFolder/);
  });
});
