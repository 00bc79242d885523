/**
 * Which files each form reads, for the hosts that decide before any reader is loaded: the editor
 * (which documents to analyse, at activation) and the command line (which files of a folder to
 * lint). Nothing here is imported at run time but this table, so loading it loads no reader.
 * A new form adds its row (the compiler asks for it: the table covers every FormKind).
 */
import type { FormKind } from '../model';

export interface FormFiles {
  /** File extensions, lower case, without the dot. */
  readonly extensions: readonly string[];
  /** VS Code language ids of its documents. */
  readonly languages: readonly string[];
}

export const FORM_FILES: Readonly<Record<FormKind, FormFiles>> = {
  cloudformation: { extensions: ['yaml', 'yml', 'json', 'template'], languages: ['yaml', 'json', 'jsonc', 'cloudformation', 'cfn-yaml', 'cfn-json'] },
  cdk: { extensions: ['ts', 'mts', 'cts'], languages: ['typescript'] },
  'aws-cli': { extensions: ['sh', 'bash', 'md'], languages: ['shellscript', 'markdown'] },
  terraform: { extensions: ['tf'], languages: ['terraform'] },
};

const rows = Object.values(FORM_FILES);

/** A file name with an extension some form reads. */
export const FORM_FILE_NAME = new RegExp(`\\.(${[...new Set(rows.flatMap((r) => r.extensions))].join('|')})$`, 'i');

/** The language ids of every form's documents. */
export const FORM_LANGUAGES: ReadonlySet<string> = new Set(rows.flatMap((r) => r.languages));
