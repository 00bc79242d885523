import { defineRule } from '../types';

const CFN_LINT_E0000 = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-formats.html';

export default defineRule({
  id: 'ADB093',
  title: 'Key written twice in one mapping of a template',
  severity: 'warning',
  services: ['cloudformation'],
  // Not one resource type: any mapping of the template, resources or not.
  resourceTypes: ['any'],
  forms: ['cloudformation'],
  description:
    'The same key twice in one mapping of a CloudFormation template: a resource with two `Properties:` blocks, the same ' +
    'logical ID twice under `Resources`, the same property twice. YAML 1.2 says the keys of a mapping are unique and JSON ' +
    'says they should be; CloudFormation does not reject the template but keeps the last occurrence, so the first value ' +
    'is silently not deployed (a copy-pasted resource or setting that "does nothing"); the AWS CLI\'s `aws cloudformation ' +
    'package`/`deploy` also keep the last one. cfn-lint rejects the file (E0000 "Duplicate found"). ' +
    'A top-level section written twice (two `Resources:`) is worse: AWS documents CloudFormation\'s behaviour as undefined ' +
    '(it may provision resources incorrectly), so no rule judges what either section holds. ' +
    'The finding is on the later key, with the first one as related information. The other rules judge the value ' +
    'CloudFormation uses (the last) and never the earlier one. Remove or merge the duplicate.',
  source: {
    urls: [
      CFN_LINT_E0000,
      'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/template-anatomy.html',
      'https://yaml.org/spec/1.2.2/#mapping',
      'https://www.rfc-editor.org/rfc/rfc8259#section-4',
    ],
    note: 'Duplicate top-level sections: template-formats.html ("CloudFormation might accept the template, [but] will have an undefined behavior"). CloudFormation keeping the last occurrence is observed behaviour (validate-template and deployments accept the template), not documented by AWS.',
  },
  check(ctx) {
    for (const d of ctx.doc.duplicateKeys ?? []) {
      const resource = ctx.doc.resources.find((r) => r.span.start <= d.span.start && d.span.end <= r.span.end);
      if (d.top) {
        ctx.report({
          at: d.span,
          message: `The ${d.key} section is written twice: AWS says CloudFormation's behaviour is then undefined (it may provision resources incorrectly). Merge them into one; neither is analysed until then.`,
          related: [{ span: d.first, message: `first ${d.key} section` }],
        });
        continue;
      }
      ctx.report({
        resource,
        at: d.span,
        message: `${d.key} is written twice in this mapping: CloudFormation keeps this later one and ignores the first (cfn-lint rejects the file). Remove or merge one of them.`,
        related: [{ span: d.first, message: `first ${d.key}, ignored by CloudFormation` }],
      });
    }
  },
});
