/**
 * The Regions written in a document, each with the resource type it must offer: a DSQL witness
 * Region, a DynamoDB global table replica, the `--region` of an AWS CLI command (an Aurora global
 * database secondary also needs global clusters there). Only literal values: a parameter or a shell
 * variable gives nothing (never guess).
 */
import type { Resource } from '../../model';
import type { Span } from '../../text';
import { get } from '../../model';
import { asString, resolve } from '../../resolve';
import { regionOffers, type RegionVerdict } from '../../deploy/regions';
import type { Candidate } from '../../resolve';
import type { RuleContext } from '../types';

export interface RegionSite {
  resource: Resource;
  at: Span | Candidate;
  path?: string;
  region: string;
  /** The resource type the Region must offer. */
  type: string;
  /** How the Region is used, for messages: "witness Region", "replica Region", "--region". */
  role: string;
  verdict: RegionVerdict;
}

export function* regionSites(ctx: RuleContext): Generator<RegionSite> {
  const judge = function* (resource: Resource, at: Span | Candidate, value: unknown, types: string[], role: string, path?: string): Generator<RegionSite> {
    const region = typeof value === 'string' ? value.trim() : undefined;
    if (!region) return;
    for (const type of types) {
      const verdict = regionOffers(type, region);
      if (verdict && verdict.kind !== 'offered' && verdict.kind !== 'unknown-region') {
        yield { resource, at, path, region, type, role, verdict };
        if (verdict.kind === 'not-a-region') return;
      }
    }
  };
  for (const r of ctx.resources(['AWS::DSQL::Cluster'])) {
    for (const key of ['MultiRegionProperties.WitnessRegion', 'MultiRegionProperties.witnessRegion']) {
      for (const c of ctx.prop(r, key).candidates) yield* judge(r, c, asString(c.value), ['AWS::DSQL::Cluster'], 'witness Region', 'MultiRegionProperties.WitnessRegion');
    }
  }
  for (const r of ctx.resources(['AWS::DynamoDB::GlobalTable'])) {
    for (const list of ctx.prop(r, 'Replicas').candidates) {
      if (list.node.kind !== 'list') continue;
      for (const item of list.node.items) {
        for (const c of resolve(get(item, 'Region'), ctx.doc).candidates) yield* judge(r, c, asString(c.value), ['AWS::DynamoDB::GlobalTable'], 'replica Region', 'Replicas.Region');
      }
    }
  }
  for (const r of ctx.doc.resources) {
    const node = r.form === 'aws-cli' ? r.origin?.region : undefined;
    if (node?.kind !== 'scalar') continue;
    const types = [r.type];
    // A cluster that joins a global database is a secondary: the Region must offer Aurora global databases.
    if (r.type === 'AWS::RDS::DBCluster' && ctx.prop(r, 'GlobalClusterIdentifier').present) types.push('AWS::RDS::GlobalCluster');
    yield* judge(r, node, node.value, types, '--region');
  }
}
