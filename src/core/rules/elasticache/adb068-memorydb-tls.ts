import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { falseValues } from '../util';
import { set } from '../setting-fix';
import { isOff, setBool } from '../other/phrases';

const tls = fact('memorydb.tls');

export default defineRule({
  id: 'ADB068',
  title: 'MemoryDB cluster with TLS turned off',
  severity: 'warning',
  services: ['memorydb'],
  resourceTypes: ['AWS::MemoryDB::Cluster'],
  description:
    'MemoryDB is a durable primary database: with `TLSEnabled: false` client traffic, ACL user passwords and replication travel ' +
    'unencrypted inside the VPC. Remove `TLSEnabled: false` (or set it to true) and connect with TLS clients (redis-cli `--tls`).',
  source: { urls: tls.sources },
  settingFixes: [
    { types: ['AWS::MemoryDB::Cluster'], path: 'TLSEnabled', to: set(true), removable: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      for (const c of falseValues(ctx.prop(r, 'TLSEnabled').candidates)) {
        ctx.report({ resource: r, at: c, message: `${isOff(r, 'TLSEnabled')}: ${setBool(r, 'TLSEnabled', true, { written: true })} so clients and replication use TLS.` });
      }
    }
  },
});
