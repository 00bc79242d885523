/**
 * L1 (`Cfn*`) classes of the database modules: the class name after `Cfn` is the CloudFormation
 * resource name and the props are the CloudFormation props in camelCase, so they map generically.
 */
import type * as TS from 'typescript';
import type { ResourceBuilder } from './builder';
import { L1_NAME_EXCEPTIONS, L1_TYPE_EXCEPTIONS } from './l1-names';
import { evaluate, propKey, spanOf, unknownNode, type EvalContext } from './values';

/** aws-cdk-lib module -> CloudFormation service namespace. */
export const L1_NAMESPACES: Record<string, string> = {
  'aws-rds': 'RDS', 'aws-dynamodb': 'DynamoDB', 'aws-elasticache': 'ElastiCache', 'aws-docdb': 'DocDB',
  'aws-neptune': 'Neptune', 'aws-dax': 'DAX', 'aws-memorydb': 'MemoryDB', 'aws-dms': 'DMS',
  'aws-opensearchservice': 'OpenSearchService', 'aws-redshift': 'Redshift', 'aws-dsql': 'DSQL',
  'aws-docdbelastic': 'DocDBElastic', 'aws-cassandra': 'Cassandra', 'aws-timestream': 'Timestream',
  'aws-qldb': 'QLDB', 'aws-elasticsearch': 'Elasticsearch',
};

/** The CloudFormation type of an L1 class (`aws-rds`, `CfnDBInstance` -> `AWS::RDS::DBInstance`). */
export function l1Type(module: string, cls: string): string | undefined {
  const ns = L1_NAMESPACES[module];
  return ns && /^Cfn[A-Z]/.test(cls) ? `AWS::${ns}::${cls.slice(3)}` : undefined;
}

/** The CloudFormation name of an L1 prop (top level or nested). */
export function l1KeyName(module: string, type: string): (camel: string) => string {
  const typeEx = L1_TYPE_EXCEPTIONS[type] ?? {};
  const modEx = L1_NAME_EXCEPTIONS[module.replace(/^aws-/, '')] ?? {};
  return (k) => typeEx[k] ?? modEx[k] ?? k.charAt(0).toUpperCase() + k.slice(1);
}

/** The camelCase TS name of a CloudFormation prop, for fixes (inverse of l1KeyName). */
export function l1TsName(module: string, type: string, cfn: string): string {
  const name = l1KeyName(module, type);
  const all = { ...(L1_NAME_EXCEPTIONS[module.replace(/^aws-/, '')] ?? {}), ...(L1_TYPE_EXCEPTIONS[type] ?? {}) };
  for (const [camel, pas] of Object.entries(all)) if (pas === cfn && name(camel) === cfn) return camel;
  return cfn.charAt(0).toLowerCase() + cfn.slice(1);
}

/** Reads an L1 props object literal into the builder. */
export function readL1Props(c: EvalContext, b: ResourceBuilder, o: TS.ObjectLiteralExpression, module: string, type: string): void {
  const { ts } = c;
  const name = l1KeyName(module, type);
  for (const p of o.properties) {
    if (ts.isSpreadAssignment(p)) {
      b.partial = true;
      continue;
    }
    const k = propKey(c, p);
    if (!k) continue;
    const keySpan = spanOf(c, p.name!);
    const value = ts.isPropertyAssignment(p) ? evaluate(c, p.initializer, name) : unknownNode(keySpan, 'variable');
    b.set(name(k), keySpan, value, k);
    if (ts.isPropertyAssignment(p)) b.tsValues.set(k, spanOf(c, p.initializer));
  }
}
