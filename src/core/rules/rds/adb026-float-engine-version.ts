import { entry } from '../../model';
import { defineRule } from '../types';
import { PARAMS, VERSION_PROPS, YAML_TYPES, numericVersions, quoteFix, whereOf, type NumericVersion } from './numeric-version';

export default defineRule({
  id: 'ADB026',
  title: 'Engine version written as a float (deploys as written, but fragile)',
  severity: 'info',
  services: ['rds', 'aurora', 'documentdb', 'neptune', 'elasticache', 'memorydb', 'dms', 'opensearch', 'redshift'],
  resourceTypes: Object.keys(VERSION_PROPS),
  forms: ['cloudformation'],
  description:
    'An unquoted `EngineVersion: 15.3` is a float that converts back to the same text, so CloudFormation deploys the version ' +
    'written; but it is a number, not the string the property takes, and the next edit (15.10) silently becomes 15.1 (ADB024). ' +
    'Quoting it is good hygiene. Reported on the number (quick fix: quote it as written); a parameter whose AllowedValues hold ' +
    'several such floats gives one finding on its AllowedValues key. CloudFormation templates only.',
  source: { urls: [YAML_TYPES, PARAMS] },
  check(ctx) {
    const lists = new Map<string, NumericVersion[]>();
    const single = (v: NumericVersion) => ctx.report({
      resource: v.r,
      at: { start: v.node.start, end: v.node.end },
      message: `${v.prop} ${v.text}${whereOf(v)} is a number (a float), not a string: it deploys as written because this float converts back to the same text, but 15.10 would become 15.1. Quote it: "${v.text}".`,
      fixes: [quoteFix(v.node, v.text)],
    });
    for (const v of numericVersions(ctx)) {
      if (v.read !== v.text) continue;
      if (v.c.param?.how !== 'AllowedValues') {
        single(v);
        continue;
      }
      const list = lists.get(v.c.param.name) ?? [];
      list.push(v);
      lists.set(v.c.param.name, list);
    }
    for (const [name, vs] of lists) {
      const key = entry(ctx.doc.parameters.get(name)?.node, 'AllowedValues');
      if (vs.length === 1 || !key) {
        vs.forEach(single);
        continue;
      }
      const texts = vs.map((v) => v.text);
      const shown = texts.slice(0, 4).join(', ') + (texts.length > 4 ? ` and ${texts.length - 4} more` : '');
      ctx.report({
        resource: vs[0].r,
        at: key.keySpan,
        message: `AllowedValues of parameter ${name} (the ${vs[0].prop} of ${vs[0].r.id}) writes ${texts.length} versions as numbers (${shown}): they deploy as written because these floats convert back to the same text, but 15.10 would become 15.1. Quote them.`,
      });
    }
  },
});
