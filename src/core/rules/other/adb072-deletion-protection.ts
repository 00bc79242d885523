import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues } from '../util';
import { isOff, nameOf, turnOn } from './phrases';
import { DOCDB, NEPTUNE, serviceName } from './doc-neptune';
import { set } from '../setting-fix';

const docdb = fact('documentdb.deletion-protection');
const neptune = fact('neptune.deletion-protection');
const N = 'DeletionProtection';

export default defineRule({
  id: 'ADB072',
  title: 'DocumentDB or Neptune production cluster without deletion protection',
  severity: 'warning',
  services: ['documentdb', 'neptune'],
  resourceTypes: [DOCDB, NEPTUNE],
  productionOnly: true,
  description:
    'With DeletionProtection on, a DocumentDB or Neptune cluster cannot be deleted (by a stack deletion, a replacement or ' +
    'a script) until the protection is turned off. For DocumentDB the console turns it on for new clusters, but the CLI, ' +
    'the API and CloudFormation leave it off, so a missing setting is flagged. For Neptune the API reference contradicts ' +
    'itself (CreateDBCluster says off by default; its DeletionProtection parameter says on by default), so only an explicit ' +
    'false is flagged. Set DeletionProtection to true on production clusters.',
  source: { urls: [...docdb.sources, ...neptune.sources] },
  settingFixes: [
    { types: ['AWS::DocDB::DBCluster', 'AWS::Neptune::DBCluster'], path: 'DeletionProtection', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = nameOf(r, N);
      const p = ctx.prop(r, 'DeletionProtection');
      for (const c of falseValues(p.candidates)) {
        ctx.report({ resource: r, at: c, message: `${isOff(r, N)} on a production ${serviceName(r)} cluster: ${turnOn(r, N)}.` });
      }
      // Neptune: AWS documents both defaults (see the description), so a missing value is not judged.
      if (!p.present && r.complete && r.type === DOCDB) {
        ctx.report({ resource: r, at: r.anchor, message: `${name} is not set, so this production DocumentDB cluster can be deleted (the API and CLI default is off): ${turnOn(r, N, false)}.` });
      }
    }
  },
});
