/**
 * Which properties of a stateful database resource make CloudFormation replace it: the generated
 * table data/replacement/replacement.json (from @aws-cdk/aws-service-spec, see
 * scripts/gen-replacement.ts), bundled with the code.
 */
import table from '../../../data/replacement/replacement.json';

export interface TypeInfo {
  /** What the resource is called in messages (`DB instance`). */
  label: string;
  /**
   * `data`: the resource holds the data; `member`: an instance of a cluster whose storage holds the data
   * (DocumentDB, Neptune); `cache`: a cache in front of data kept elsewhere (DAX).
   */
  holds: 'data' | 'member' | 'cache';
  /** The specification's own `isStateful`. */
  specStateful: boolean;
  /** Properties (dotted for nested ones) whose change requires replacement. */
  replaces: string[];
  /** Properties whose change requires replacement only under a condition (src/core/dataloss/conditions.ts). */
  conditional: string[];
}

const TYPES = (table as { types: Record<string, TypeInfo> }).types;

/** The source of the table (package, version, licence), for docs. */
export const TABLE_SOURCE = (table as { source: { package: string; version: string; license: string; repository: string } }).source;

/** The replacement facts of a resource type, when the guard watches it. */
export function typeInfo(type: string): TypeInfo | undefined {
  return Object.prototype.hasOwnProperty.call(TYPES, type) ? TYPES[type] : undefined;
}

/** Every type the guard watches. */
export function guardedTypes(): string[] {
  return Object.keys(TYPES);
}
