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
import { cdkV1Import, importsCdk } from './imports';
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
  // CDK v1 apps too (`@aws-cdk/aws-rds`): not analysed, and told so.
  accepts: (fileName, text) => /\.(ts|mts|cts)$/i.test(fileName) && !/\.d\.ts$/i.test(fileName) && (importsCdk(text) || !!cdkV1Import(text)),
  // A reader bug throws: the engine turns it into a problem ("could not analyse") and names the reader.
  read: (text, fileName) => {
    const v1 = importsCdk(text) ? undefined : cdkV1Import(text);
    if (v1) return cdkV1(text, v1);
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

/** CDK v1 reached end of support on 2023-06-01 (https://docs.aws.amazon.com/cdk/v2/guide/how-tos.html). */
export const CDK_V2_MIGRATION = 'https://docs.aws.amazon.com/cdk/v2/guide/migrating-v2.html';

/** A CDK v1 app: one information on its first v1 import, and nothing analysed. */
function cdkV1(text: string, at: { start: number; end: number; name: string }): ModelDocument {
  return {
    kind: 'cdk', text, resources: [], parameters: new Map(), conditions: new Map(),
    problems: [{
      message: `CDK v1 (${at.name}) is not analysed by AWS DB Architect: it reads CDK v2 apps (aws-cdk-lib) only, so this file was not checked. ` +
        `CDK v1 reached end of support on 2023-06-01; migrating to v2: ${CDK_V2_MIGRATION}`,
      span: { start: at.start, end: at.end }, severity: 'info', code: 'unsupported', notAnalysed: true,
    }],
    inlineSuppressions: [], productionHints: [],
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
