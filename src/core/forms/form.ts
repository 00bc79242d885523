/**
 * The contract of a form: one way users write AWS database infrastructure (CloudFormation, shell
 * with AWS CLI commands, CDK TypeScript, ...). A form reads its files into the shared model, and
 * may also write quick fixes, answer hovers and name settings in its own words. The engine, the
 * fixes, the hovers and the setting names go through the registered forms (./index.ts) and never
 * switch on a form's kind. Only `kind`, `title`, `comment`, `accepts` and `read` are required: a
 * new form works (findings, "suppress here" comments) before it has a fix writer or a hover.
 */
import type { DiagramGraph } from '../diagram/graph';
import type { FormWriter } from '../fixes/types';
import type { FormKind, ModelDocument, Resource } from '../model';

/** Hovers over one document version (made once per version, then asked per position). */
export interface FormHover {
  /** Markdown for the position, or undefined. May throw: the caller reports it and shows no hover. */
  hover(offset: number): string | undefined;
}

export interface FormHoverOptions {
  /** Texts longer than this are not analysed (the engine's maxBytes), so their hovers stay off too. */
  maxBytes?: number;
}

export interface Form {
  /** ModelDocument.kind and Resource.form of what this form reads; declared in FormKinds (model.ts). */
  readonly kind: FormKind;
  /** The form's name in messages: "the CDK reader failed". */
  readonly title: string;
  /**
   * The line comment of the form: the reader collects `<comment> aws-db-architect-ignore ADBnnn`
   * (src/core/suppress.ts collectInlineSuppressions), and "suppress here" writes one when the form
   * has no fix writer of its own.
   */
  readonly comment: '#' | '//';
  /** Cheap test on the file name and the text, before reading; the first form that accepts and reads a file wins. */
  accepts(fileName: string, text: string): boolean;
  /** Reads the text; undefined when it is not of this form after all. A throw is a bug: the engine reports it. */
  read(text: string, fileName: string, context?: ReadContext): ModelDocument | undefined;
  /** The quick-fix writer for a document of this form (absent: only "suppress here" comments). */
  fixWriter?(doc: ModelDocument, text: string): FormWriter | undefined;
  /** Hovers for this text, or undefined when this form does not serve it (absent: findings only). */
  hover?(text: string, fileName: string, options: FormHoverOptions): FormHover | undefined;
  /**
   * The name of the CloudFormation property `path` (dotted) of a resource in this form, for
   * messages and fix titles (`--backup-retention-period`, `backupRetention`); absent: the path.
   */
  settingName?(resource: Resource, path: string): string;
  /**
   * How messages name a parameter of this form's documents (the model's `doc.parameters` key, e.g.
   * `var.size`) and where its value comes from, for findings merged on a parameter's values
   * (src/core/engine.ts); absent: CloudFormation's words ("parameter X defaults to 5").
   */
  parameterWords?(doc: ModelDocument, name: string): ParameterWords | undefined;
  /**
   * The diagram's graph of a document of this form, when the template diagram's (references as `Ref`
   * and `Fn::GetAtt` between the document's own resources) does not draw it well; absent: the template's.
   */
  diagram?(doc: ModelDocument, options: FormDiagramOptions): DiagramGraph;
}

/** What a form's diagram may take beside its document. */
export interface FormDiagramOptions extends ReadContext {
  /** The document's file name. */
  fileName?: string;
  /** Draw the whole folder (the document and its siblings alike), not the document with what it uses. */
  whole?: boolean;
}

/** How one way of giving a parameter a value (`Candidate.param.how`) is said. */
export type ParameterHow = 'Default' | 'AllowedValues' | 'MinValue' | 'MaxValue';

/** A parameter in a form's own words. */
export interface ParameterWords {
  /** The parameter as messages name it: "variable `size`". */
  name: string;
  /** "variable `size` defaults to 5", "variable `size` is 5 in terraform.tfvars": the name, the value shown. */
  says(how: ParameterHow, value: string): string;
  /** The label of a related location holding such a value: "default of variable `size`". */
  label(how: ParameterHow): string;
  /** What its Default is called in "its default 5 is not flagged": "default", "value". */
  defaultWord: string;
}

/** What a reader may need beside its file; the core reads no files, so the host passes them. */
export interface ReadContext {
  /** Other files of the file's folder (Terraform: the module's other `.tf` files and auto-loaded `*.tfvars`). */
  siblings?: { name: string; text: string }[];
}

/** The members a form must have, for tests and for forms registered at run time. */
export const REQUIRED_MEMBERS = ['kind', 'title', 'comment', 'accepts', 'read'] as const;
