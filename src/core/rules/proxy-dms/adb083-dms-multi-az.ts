import { fact } from '../../../knowledge';
import { get } from '../../model';
import { asString, resolve } from '../../resolve';
import { referencedIds } from '../dynamodb/scaling-targets';
import { defineRule } from '../types';
import { falseValues, settingName } from '../util';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const multiAz = fact('dms.multi-az');
const types = fact('dms.migration-types');

export default defineRule({
  id: 'ADB083',
  title: 'DMS instance for ongoing replication without Multi-AZ in production',
  severity: 'info',
  services: ['dms'],
  resourceTypes: ['AWS::DMS::ReplicationInstance'],
  productionOnly: true,
  description:
    'A replication task with `MigrationType` `cdc` or `full-load-and-cdc` keeps replicating changes for as long as it runs; if ' +
    'its single-AZ replication instance fails, replication stops until the instance is replaced. `MultiAZ: true` keeps a ' +
    'synchronous standby in another Availability Zone with automatic failover. The rule only reports an instance that an ' +
    '`AWS::DMS::ReplicationTask` of the same template uses for CDC; a one-off full load can simply be restarted.',
  source: { seed: 'seed [Database Migration]: Continuous Replication (CDC) for minimal downtime', urls: [...multiAz.sources, ...types.sources] },
  settingFixes: [
    { types: ['AWS::DMS::ReplicationInstance'], path: 'MultiAZ', to: set(true), insert: true },
  ],
  check(ctx) {
    const cdcInstances = new Set<string>();
    for (const t of ctx.doc.resources) {
      if (t.type !== 'AWS::DMS::ReplicationTask') continue;
      const mt = resolve(get(t.properties, 'MigrationType'), ctx.doc);
      if (!mt.candidates.some((c) => ['cdc', 'full-load-and-cdc'].includes(asString(c.value) ?? ''))) continue;
      for (const id of referencedIds(get(t.properties, 'ReplicationInstanceArn'))) cdcInstances.add(id);
    }
    for (const r of ctx.resources()) {
      if (!cdcInstances.has(r.id)) continue;
      const name = settingName(r, 'MultiAZ');
      const p = ctx.prop(r, 'MultiAZ');
      for (const c of falseValues(p.candidates)) ctx.report({ resource: r, at: c, message: `${isOff(r, 'MultiAZ')} on an instance that runs ongoing replication (CDC): ${setBool(r, 'MultiAZ', true, { written: true })} so replication survives an Availability Zone failure.` });
      if (!p.present && r.complete) ctx.report({ resource: r, at: r.anchor, message: `${name} is not set (default false) on an instance that runs ongoing replication (CDC): ${setBool(r, 'MultiAZ', true)} in production.` });
    }
  },
});
