/**
 * CDK TypeScript: the form as the engine sees it (src/core/forms/form.ts). Reader: reader.ts (l1,
 * l2*, values, security-groups; the TypeScript compiler is loaded on the first CDK file only, by
 * typescript.ts); fix writer: fix.ts; hovers: hover.ts; names: names.ts; suppressions:
 * `// aws-db-architect-ignore` comments and cdk-nag's NagSuppressions (suppressions.ts).
 */
import type { ModelDocument } from '../../model';
import { collectInlineSuppressions } from '../../suppress';
import type { Form, FormHover } from '../form';
import { cdkWriter } from './fix';
import { cdkHover, cdkModuleAliases } from './hover';
import { importsCdk } from './imports';
import { cdkName } from './names';
import { readCdk } from './reader';
import { typescriptProblem } from './typescript';

declare module '../../model' {
  interface FormKinds {
    cdk: true;
  }
}

export const cdkForm: Form = {
  kind: 'cdk',
  title: 'CDK',
  comment: '//',
  // Only TypeScript that imports aws-cdk-lib: the compiler is loaded on the first such file.
  accepts: (fileName, text) => /\.(ts|mts|cts)$/i.test(fileName) && !/\.d\.ts$/i.test(fileName) && importsCdk(text),
  // A reader bug throws: the engine turns it into a problem ("could not analyse") and names the reader.
  read: (text, fileName) => {
    const missing = typescriptProblem();
    return missing ? unavailable(text, missing) : readCdk(text, fileName);
  },
  fixWriter: () => cdkWriter,
  // Hovers work on tokens (no compiler), in any TypeScript that mentions aws-cdk-lib.
  hover: (text, fileName) => (/\.(ts|tsx|mts|cts)$/i.test(fileName) && /aws-cdk-lib/.test(text) ? cdkHoverDocument(text) : undefined),
  settingName: cdkName,
};

function cdkHoverDocument(text: string): FormHover {
  let aliases: Map<string, string> | undefined;
  return {
    hover(offset) {
      aliases ??= cdkModuleAliases(text);
      return cdkHover(text, offset, aliases);
    },
  };
}

/** A CDK file that cannot be read because the compiler is missing: a document that says so. */
function unavailable(text: string, message: string): ModelDocument {
  return {
    kind: 'cdk', text, resources: [], parameters: new Map(), conditions: new Map(),
    problems: [{ message, span: { start: 0, end: 0 }, severity: 'error', code: 'unavailable' }],
    inlineSuppressions: collectInlineSuppressions(text, '//'), productionHints: [],
  };
}

export { readCdk };
