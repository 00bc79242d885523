import { fact } from '../../../knowledge';
import { entry } from '../../model';
import { defineRule } from '../types';
import { inForm } from '../util';
import { decidable, keySchemaNames, namesOf } from './key-names';
import { GLOBAL_TABLE, TABLE } from './tables';

const keys = fact('dynamodb.key-attributes');

export default defineRule({
  id: 'ADB053',
  title: 'Key schema and AttributeDefinitions do not match',
  severity: 'error',
  services: ['dynamodb'],
  resourceTypes: [TABLE, GLOBAL_TABLE],
  description:
    '`AttributeDefinitions` must list exactly the attributes used in the key schemas of the table and of its global and local ' +
    'secondary indexes. CreateTable (and so CloudFormation) rejects a key attribute that is not defined, and also an attribute ' +
    'definition that no key uses: DynamoDB is schemaless outside its keys, so non-key attributes are never declared. ' +
    'Add the missing definition (`AttributeName`, `AttributeType` S, N or B) or remove the unused one. Names given by the same ' +
    'parameter are compared as equal; names that cannot be known give no finding.',
  source: { urls: keys.sources },
  check(ctx) {
    for (const r of ctx.resources()) {
      const defsEntry = entry(r.properties, 'AttributeDefinitions');
      if (!defsEntry) continue;
      // An update or restore command does not show the table's key schemas (update-table defines the attributes of
      // --global-secondary-index-updates, which are not read), nor does a create whose definitions an update later
      // in the script replaced: a rule that cannot see the whole picture says nothing.
      if (!r.complete || (r.form === 'aws-cli' && (defsEntry.keySpan.start < r.span.start || defsEntry.keySpan.end > r.span.end))) continue;
      const defs = namesOf(defsEntry.value);
      const used = keySchemaNames(r.properties);
      const defined = new Set(defs.names.map((d) => d.key).filter(Boolean));
      const usedKeys = new Set(used.names.map((u) => u.key).filter(Boolean));
      const defsName = inForm(r, 'AttributeDefinitions', '--attribute-definitions', 'partitionKey/sortKey');
      if (defs.complete && decidable(defs.names, used.names)) {
        const seen = new Set<string>();
        for (const u of used.names) {
          if (!u.literal || defined.has(u.key) || seen.has(u.key!)) continue;
          seen.add(u.key!);
          const name = u.key!.slice(2);
          ctx.report({ resource: r, at: u.node, message: `Key attribute ${name} is not in ${defsName}: add { AttributeName: ${name}, AttributeType: S | N | B }.` });
        }
      }
      if (used.complete && decidable(used.names, defs.names)) {
        for (const d of defs.names) {
          if (!d.literal || usedKeys.has(d.key)) continue;
          ctx.report({ resource: r, at: d.node, message: `${defsName} defines ${d.key!.slice(2)}, but no table or index key schema uses it: remove it (only key attributes may be defined).` });
        }
      }
    }
  },
});
