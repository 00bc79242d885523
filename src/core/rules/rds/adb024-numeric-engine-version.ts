import { defineRule } from '../types';
import { PARAMS, RDS_VERSION, VERSION_PROPS, YAML_TYPES, numericVersions, quoteFix, whereOf } from './numeric-version';

export { numberText } from './numeric-version';

export default defineRule({
  id: 'ADB024',
  title: 'Engine version written as a number that changes it',
  severity: 'warning',
  services: ['rds', 'aurora', 'documentdb', 'neptune', 'elasticache', 'memorydb', 'dms', 'opensearch', 'redshift'],
  resourceTypes: Object.keys(VERSION_PROPS),
  forms: ['cloudformation'],
  description:
    'An unquoted `EngineVersion: 12.10` is a number to YAML (and to JSON), not the string the property takes: it is read as 12.1, ' +
    'so CloudFormation asks for version 12.1, not 12.10; a leading zero is lost too (CloudFormation reads YAML 1.1, where `010` is ' +
    'octal). The rule reports such a number in EngineVersion (ClusterVersion for Redshift, ElasticsearchVersion, ElastiCache ' +
    'MajorEngineVersion) of database resources, and in the Default or AllowedValues of a parameter that feeds one, on the number ' +
    'itself; the quick fix quotes it, keeping the text exactly as written. A float that converts back unchanged (`15.3`) deploys ' +
    'what it says: that is ADB026 (information). CloudFormation templates only.',
  source: { urls: [YAML_TYPES, PARAMS, RDS_VERSION] },
  check(ctx) {
    for (const v of numericVersions(ctx)) {
      if (v.read === v.text) continue;
      const message = v.float
        ? `${v.prop} ${v.text}${whereOf(v)} is a number, not a string: it is read as ${v.read}, so CloudFormation asks for version ${v.read}, not ${v.text}. Quote it: "${v.text}".`
        : `${v.prop} ${v.text}${whereOf(v)} is a number, not a string: its leading zero is lost (YAML 1.1 even reads it as octal), so CloudFormation does not ask for ${v.text}. Quote it: "${v.text}".`;
      ctx.report({ resource: v.r, at: { start: v.node.start, end: v.node.end }, message, fixes: [quoteFix(v.node, v.text)] });
    }
  },
});
