/**
 * Which reader takes a file: CloudFormation (YAML/JSON), AWS CLI (shell, Markdown blocks) or
 * CDK (TypeScript). Readers are tried in order; the first that recognises the text wins.
 */
import type { DocumentKind, ModelDocument } from './model';
import { readCloudFormation } from './forms/cloudformation/reader';
import { cdkReader } from './forms/cdk';

export interface Reader {
  kind: Exclude<DocumentKind, 'none'>;
  /** Cheap test on the name and the text, before reading. */
  accepts(fileName: string, text: string): boolean;
  /** Reads the text; undefined when it is not of this kind after all. */
  read(text: string, fileName: string): ModelDocument | undefined;
}

const ext = (f: string) => (/\.([A-Za-z0-9]+)$/.exec(f)?.[1] ?? '').toLowerCase();

export const cloudFormationReader: Reader = {
  kind: 'cloudformation',
  accepts: (f, text) => {
    const e = ext(f);
    if (['yaml', 'yml', 'json', 'template', 'cfn', 'txt', ''].includes(e)) return true;
    return e !== 'ts' && e !== 'sh' && e !== 'md' && /^\s*\{|AWSTemplateFormatVersion|Resources:/.test(text.slice(0, 4096));
  },
  read: (text, f) => readCloudFormation(text, { json: ext(f) === 'json' ? true : undefined }),
};

const readers: Reader[] = [cloudFormationReader];

/** Adds a reader (the CLI and CDK readers register themselves). */
export function registerReader(r: Reader): void {
  if (!readers.some((x) => x.kind === r.kind)) readers.push(r);
}

export function allReaders(): readonly Reader[] {
  return readers;
}

// TypeScript files that import aws-cdk-lib; the compiler API is loaded on the first such file.
registerReader(cdkReader);
