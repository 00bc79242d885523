/** The rule contract: metadata for docs and settings, and one check over the settings model. */
import type { DataLossChange } from '../dataloss/compare';
import type { FormKind, MapEntry, ModelDocument, Resource } from '../model';
import type { Candidate, Resolution } from '../resolve';
import type { Span } from '../text';
import type { SettingFix, SpecialFix } from './setting-fix';

export type Severity = 'error' | 'warning' | 'info';
/** A form's kind (src/core/forms): rules name one only to narrow where they apply. */
export type Form = FormKind;

export interface RuleSource {
  /** Section of the study guide (`seed [Backup and Recovery]`, `DSQL [Core Features]`), if any. */
  seed?: string;
  /** AWS documentation the rule was checked against. */
  urls: string[];
  /** Where the seed and AWS disagree: what AWS says now and what the seed said. */
  note?: string;
}

export interface RuleMeta {
  /** `ADB` + three digits; an ID never changes meaning. */
  id: string;
  title: string;
  severity: Severity;
  services: string[];
  /** CloudFormation types the rule reads (CLI commands and CDK constructs are mapped onto them). */
  resourceTypes: string[];
  /** Fires only when the file looks like production. */
  productionOnly?: boolean;
  /** The forms the rule applies to; all three unless said. */
  forms?: Form[];
  /** Long description (Markdown): why, and what to do. */
  description: string;
  source: RuleSource;
  /** The settings whose new value answers a finding (quick fixes); the fix code reads them from the registry. */
  settingFixes?: SettingFix[];
  /** A fix that is not a setting's value: the service-managed password, or DeletionPolicy/UpdateReplacePolicy. */
  specialFix?: SpecialFix;
}

export interface TextEdit {
  span: Span;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  preferred?: boolean;
}

export interface Report {
  resource?: Resource;
  /** The offending key or value: a span, or a resolved candidate (its site is used, its parameter named). */
  at: Span | Candidate;
  message: string;
  /** The CloudFormation property (dotted) the finding is about, when the rule knows it: quick fixes find their property by it. */
  path?: string;
  fixes?: Fix[];
  related?: { span: Span; message: string }[];
  /**
   * Other resolved values the finding depends on (the storage size an IOPS ratio uses, the TLS value
   * an AUTH token needs). When one of them is only a choice a parameter offers besides its Default
   * (or sits in a branch the defaults do not take), the finding is information: it needs someone to
   * deploy with non-default values.
   */
  also?: Candidate[];
  /**
   * The finding is one level below the rule's (configured) severity: error → warning → information. For a
   * problem the rule's data cannot settle (a name missing from a schema that may be older than the user's tool).
   */
  lower?: boolean;
}

/** A property as rules see it. */
export interface PropView {
  entry?: MapEntry;
  /** The property is written (even if its value is unknown). */
  present: boolean;
  /** Known candidates, without `AWS::NoValue`. */
  candidates: Candidate[];
  /** Some values are unknown: a rule about the value must not fire on the absent case either. */
  unknown: boolean;
  /** Absent in some branch (`AWS::NoValue`) or not written at all. */
  absent: boolean;
  resolution: Resolution;
}

export interface RuleContext {
  readonly doc: ModelDocument;
  readonly production: boolean;
  /** The AWS CLI version scripts are judged for (AnalyzeOptions.awsCliVersion; default '2'). */
  readonly awsCliVersion?: '1' | '2';
  /** With a base version of the file (AnalyzeOptions.base): the data-loss guard's changes (ADB140–ADB144 report them). */
  readonly dataLoss?: readonly DataLossChange[];
  /** The resources of this rule's types (or the given ones). */
  resources(types?: string[]): Resource[];
  /** A property (dotted path for nested ones) with its resolved candidates. */
  prop(resource: Resource, path: string): PropView;
  report(report: Report): void;
}

export interface Rule extends RuleMeta {
  check(ctx: RuleContext): void;
}

/** Declares a rule; the identity function gives type checking and one place to add defaults. */
export function defineRule(rule: Rule): Rule {
  return rule;
}

/** Is this candidate (or span) a resolved candidate? */
export function isCandidate(x: Span | Candidate): x is Candidate {
  return (x as Candidate).site !== undefined;
}
