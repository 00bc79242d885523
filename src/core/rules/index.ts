/** The rule registry: every rule, by service. docs/rules.md is generated from this list. */
import type { Rule } from './types';
import { rdsRules } from './rds';
import { auroraRules } from './aurora';
import { dsqlRules } from './dsql';
import { dynamodbRules } from './dynamodb';
import { cacheRules } from './elasticache';
import { deployRules } from './deploy';
import { otherRules } from './other';
import { proxyDmsRules } from './proxy-dms';
import { cliModelRules } from '../cli-model/rules';
import { dataLossRules } from './dataloss';
import { schemaRules } from './schema';
import { deployRdsRules } from './deploy-rds';
import { terraformRules } from './terraform';

export const RULES: readonly Rule[] = [
  ...rdsRules,
  ...auroraRules,
  ...dsqlRules,
  ...dynamodbRules,
  ...cacheRules,
  ...deployRules,
  ...otherRules,
  ...proxyDmsRules,
  ...schemaRules,
  ...cliModelRules,
  ...dataLossRules,
  ...deployRdsRules,
  ...terraformRules,
].sort((a, b) => a.id.localeCompare(b.id));

const byId = new Map(RULES.map((r) => [r.id, r]));

export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
