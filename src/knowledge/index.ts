/** The knowledge base: every fact, with its sources. */
import type { FactInput } from './schema';
import { rdsFacts } from './facts/rds';
import { auroraFacts } from './facts/aurora';
import { dsqlFacts } from './facts/dsql';
import { documentdbFacts } from './facts/documentdb';
import { neptuneFacts } from './facts/neptune';
import { keyspacesFacts } from './facts/keyspaces';
import { timestreamFacts } from './facts/timestream';
import { qldbFacts } from './facts/qldb';
import { opensearchFacts } from './facts/opensearch';
import { redshiftFacts } from './facts/redshift';
import { patternFacts } from './facts/patterns';
import { generalFacts } from './facts/general';
import { dynamodbFacts } from './facts/dynamodb';
import { daxFacts } from './facts/dax';
import { elasticacheFacts } from './facts/elasticache';
import { memorydbFacts } from './facts/memorydb';
import { rdsProxyFacts } from './facts/rds-proxy';
import { dmsFacts } from './facts/dms';

export const FACTS: readonly FactInput[] = [...rdsFacts, ...auroraFacts, ...dsqlFacts, ...documentdbFacts, ...neptuneFacts, ...keyspacesFacts, ...timestreamFacts, ...qldbFacts, ...opensearchFacts, ...redshiftFacts, ...patternFacts, ...generalFacts, ...dynamodbFacts, ...daxFacts, ...elasticacheFacts, ...memorydbFacts, ...rdsProxyFacts, ...dmsFacts];

const byId = new Map(FACTS.map((f) => [f.id, f]));

/** A fact by id; throws on an unknown id so a typo in a rule fails its tests at once. */
export function fact(id: string): FactInput {
  const f = byId.get(id);
  if (!f) throw new Error(`unknown fact ${id}`);
  return f;
}
