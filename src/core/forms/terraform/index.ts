/**
 * Terraform `.tf` files (HCL native syntax) and `.tf.json` files (its JSON syntax, json.ts): the form as the engine sees it (src/core/forms/form.ts).
 * Reader: reader.ts (hcl.ts the HCL2 reader, config.ts the blocks, values.ts the expressions,
 * resources.ts the provider resources -> CloudFormation mapping); names: names.ts; the host passes the
 * folder's other files as `siblings` (siblings.ts says which). Hovers: hover.ts; quick fixes: fix.ts; "suppress here"
 * comments (`# aws-db-architect-ignore`; `//` comments are read too).
 */
import type { Form } from '../form';
import { terraformName, terraformParameterWords } from './names';
import { readTerraform } from './reader';
import { terraformHoverDocument } from './hover';
import { terraformWriter } from './fix';
import { terraformGraph } from './diagram';

declare module '../../model' {
  interface FormKinds {
    terraform: true;
  }
}

export const terraformForm: Form = {
  kind: 'terraform',
  title: 'Terraform',
  comment: '#',
  accepts: (fileName) => /\.tf(\.json)?$/i.test(fileName),
  read: (text, fileName, context) => readTerraform(text, fileName, context?.siblings ?? []),
  // HCL only: a `.tf.json` file (JSON text) gets no HCL edits and no `#` comments.
  fixWriter: (_doc, text) => (/^\s*[{[]/.test(text) ? undefined : terraformWriter),
  hover: (text, fileName) => (/\.tf$/i.test(fileName) ? terraformHoverDocument(text) : undefined),
  settingName: terraformName,
  parameterWords: terraformParameterWords,
  diagram: (doc, options) => terraformGraph(doc, options),
};

export { readTerraform, terraformInfo, terraformDocInfo, type SiblingFile, type TerraformResourceInfo, type TerraformDocInfo } from './reader';
export { readTfConfig, type TfConfig, type TfResource, type TfModuleCall, type TfVariable } from './config';
export { parseHcl } from './hcl';
export {
  terraformAttributes, terraformBlocks, terraformBlockSchema, terraformResourceTypes, terraformProviderVersion, setTerraformSchemaSource,
  type TerraformAttribute, type TerraformBlock, type TfBlockSchema, type TfAttr, type TfType,
} from './schema';
