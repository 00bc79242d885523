/**
 * CloudFormation templates, YAML or JSON: the form as the engine sees it (src/core/forms/form.ts).
 * Reader: reader.ts (yaml*.ts, json.ts, foreach.ts); fix writers: fix-yaml.ts, fix-json.ts;
 * hovers: hover*.ts; suppressions: `# aws-db-architect-ignore` comments and resource Metadata
 * (src/core/suppress.ts reads ours and the peers' Metadata for every form).
 */
import type { Form } from '../form';
import { jsonWriter } from './fix-json';
import { yamlWriter } from './fix-yaml';
import { CfnHoverDocument } from './hover-document';
import { mayBeTemplate, readCloudFormation } from './reader';

declare module '../../model' {
  interface FormKinds {
    cloudformation: true;
  }
}

const ext = (f: string) => (/\.([A-Za-z0-9]+)$/.exec(f)?.[1] ?? '').toLowerCase();
const isTypeScript = (f: string) => /\.(ts|tsx|mts|cts)$/i.test(f);

export const cloudFormationForm: Form = {
  kind: 'cloudformation',
  title: 'CloudFormation',
  comment: '#',
  accepts: (f, text) => {
    const e = ext(f);
    // Terraform's JSON syntax is not a template.
    if (/\.tf\.json$/i.test(f)) return false;
    if (['yaml', 'yml', 'json', 'template', 'cfn', 'txt', ''].includes(e)) return true;
    return e !== 'ts' && e !== 'sh' && e !== 'md' && /^\s*\{|AWSTemplateFormatVersion|Resources:/.test(text.slice(0, 4096));
  },
  read: (text, f) => readCloudFormation(text, { json: ext(f) === 'json' ? true : undefined }),
  fixWriter: (doc, text) => (/^\s*[{[]/.test(text) ? jsonWriter : yamlWriter),
  // Any text but TypeScript (the CDK's) that may be a template, read lazily by the first hovers.
  hover(text, fileName, { maxBytes }) {
    if (isTypeScript(fileName) || (maxBytes !== undefined && text.length > maxBytes) || !mayBeTemplate(text)) return undefined;
    return new CfnHoverDocument(text, fileName, () => (cloudFormationForm.accepts(fileName, text) ? cloudFormationForm.read(text, fileName) : undefined));
  },
};
