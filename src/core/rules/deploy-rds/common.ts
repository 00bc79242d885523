/**
 * What the deploy-failure rules of RDS, Aurora, DocumentDB and Neptune (ADB120–ADB127) share: the
 * engine, version and instance class a resource asks for, as written (each candidate on its own
 * site), and the DB cluster a DB instance belongs to (its engine version lives there).
 */
import type { Resource } from '../../model';
import { asString, type Candidate } from '../../resolve';
import { numberText } from '../rds/numeric-version';
import { familyOf } from '../rds/common';
import { versionMismatch } from '../rds/engine-support';
import { refOf, TargetIndex } from '../aurora/cluster-refs';
import type { RuleContext } from '../types';
import { CFN_LINT_URL, rdsDataLabel } from '../../deploy/rds';

export const INSTANCE = 'AWS::RDS::DBInstance';
export const CLUSTER = 'AWS::RDS::DBCluster';
export const GLOBAL = 'AWS::RDS::GlobalCluster';

export const CFN_INSTANCE_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbinstance.html';
export const CFN_CLUSTER_URL = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference/aws-resource-rds-dbcluster.html';
export const CREATE_INSTANCE_URL = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBInstance.html';
export const CREATE_CLUSTER_URL = 'https://docs.aws.amazon.com/AmazonRDS/latest/APIReference/API_CreateDBCluster.html';
export { CFN_LINT_URL };

/** A written value: the candidate and its text (a number as written, when it reads back the same). */
export interface Written {
  c: Candidate;
  text: string;
}

/**
 * The string values of a property, each candidate once. A YAML number that does not read back as
 * written (`12.10` is 12.1) is left out: ADB024 reports it, and the version asked for is not the one written.
 */
export function written(ctx: RuleContext, r: Resource, prop: string): Written[] {
  const out: Written[] = [];
  for (const c of ctx.prop(r, prop).candidates) {
    if (typeof c.value === 'number') {
      const n = c.node;
      if (n.kind !== 'scalar') continue;
      const text = ctx.doc.text.slice(n.start, n.end).trim();
      if (numberText(text, c.value) !== text) continue;
      out.push({ c, text });
      continue;
    }
    const s = asString(c.value)?.trim();
    if (s) out.push({ c, text: s });
  }
  return out;
}

/** The single engine a resource names (lower case), when every candidate agrees and none is unknown. */
export function engineOf(ctx: RuleContext, r: Resource): string | undefined {
  const p = ctx.prop(r, 'Engine');
  if (!p.present || p.unknown) return undefined;
  const es = new Set(written(ctx, r, 'Engine').map((w) => w.text.toLowerCase()));
  return es.size === 1 && p.candidates.length > 0 ? [...es][0] : undefined;
}

/** The single engine version a resource names, when every candidate agrees and none is unknown. */
export function versionOf(ctx: RuleContext, r: Resource): string | undefined {
  const p = ctx.prop(r, 'EngineVersion');
  if (!p.present || p.unknown) return undefined;
  const ws = written(ctx, r, 'EngineVersion');
  const vs = new Set(ws.map((w) => w.text.toLowerCase()));
  return vs.size === 1 && ws.length === p.candidates.length ? ws[0].text : undefined;
}

const clusterIndexes = new WeakMap<RuleContext, TargetIndex>();

/** The DB cluster of the document a DB instance names in DBClusterIdentifier (Ref or identifier), if any. */
export function clusterOf(ctx: RuleContext, instance: Resource): Resource | undefined {
  let index = clusterIndexes.get(ctx);
  if (!index) {
    index = new TargetIndex(ctx, ctx.resources([CLUSTER]), 'DBClusterIdentifier');
    clusterIndexes.set(ctx, index);
  }
  return index.find(refOf(ctx, instance, 'DBClusterIdentifier'));
}

/**
 * The engine and version a DB instance runs: its own Engine, and the version of its DB cluster when it
 * belongs to one (an Aurora instance takes the cluster's version), else its own EngineVersion.
 * `version` is undefined when unknown or not written (RDS then picks the default version).
 */
export function instanceEngine(ctx: RuleContext, r: Resource): { engine?: string; version?: string; cluster?: Resource } {
  const cluster = ctx.prop(r, 'DBClusterIdentifier').present ? clusterOf(ctx, r) : undefined;
  const engine = engineOf(ctx, r) ?? (cluster ? engineOf(ctx, cluster) : undefined);
  if (cluster) return { engine, version: versionOf(ctx, cluster), cluster };
  // In a cluster the document does not describe: its version is unknown.
  if (ctx.prop(r, 'DBClusterIdentifier').present) return { engine };
  return { engine, version: versionOf(ctx, r) };
}

/** `(cfn-lint 1.51.0 data, 2026-05-20)`: where a verdict comes from, for messages. */
export const dataNote = () => `(${rdsDataLabel()})`;

/** `a, b or c`. */
export function orList(xs: string[]): string {
  return xs.length <= 1 ? xs.join('') : `${xs.slice(0, -1).join(', ')} or ${xs[xs.length - 1]}`;
}

/** ` Did you mean x or y?` (empty without suggestions). */
export function didYouMean(xs: string[]): string {
  return xs.length ? ` Did you mean ${orList(xs)}?` : '';
}

/** How an engine is named in messages. */
export function engineLabel(engine: string): string {
  const labels: Record<string, string> = {
    postgres: 'PostgreSQL', mysql: 'MySQL', mariadb: 'MariaDB', 'aurora-mysql': 'Aurora MySQL', 'aurora-postgresql': 'Aurora PostgreSQL',
  };
  return labels[engine] ?? engine;
}

/** The version is shaped as another engine's (`8.0.mysql_aurora.3.04.0` on postgres): ADB029 reports it, so the version rules do not. */
export function otherEnginesVersion(engine: string, version: string): boolean {
  const fam = familyOf(engine);
  return !!fam && ['mysql', 'postgres', 'aurora-mysql', 'aurora-postgresql'].includes(fam) && !!versionMismatch(fam, version);
}
