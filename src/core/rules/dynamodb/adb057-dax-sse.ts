import { fact } from '../../../knowledge';
import { defineRule } from '../types';
import { inForm } from '../util';
import { nestedBool } from './values';
import { set } from '../setting-fix';

const enc = fact('dax.encryption-at-rest');

export default defineRule({
  id: 'ADB057',
  title: 'DAX cluster without encryption at rest',
  severity: 'warning',
  services: ['dax'],
  resourceTypes: ['AWS::DAX::Cluster'],
  description:
    'DAX writes cached items to disk when it replicates from the primary node to read replicas. Encryption at rest ' +
    '(`SSESpecification.SSEEnabled: true`, CLI `--sse-specification Enabled=true`) is off by default and can only be chosen when ' +
    'the cluster is created: turning it on later means a new cluster. The DynamoDB table behind it is always encrypted; the cache ' +
    'should be too.',
  source: { seed: 'seed [Pattern 3]: Security: Encryption at rest', urls: enc.sources },
  settingFixes: [
    { types: ['AWS::DAX::Cluster'], path: 'SSESpecification.SSEEnabled', to: set(true), insert: true },
  ],
  check(ctx) {
    for (const r of ctx.resources()) {
      const name = inForm(r, 'SSESpecification.SSEEnabled: true', '--sse-specification Enabled=true', 'sseSpecification: { sseEnabled: true }');
      const outcomes = nestedBool(ctx, r.properties, 'SSESpecification', 'SSEEnabled', r.anchor);
      const unknown = outcomes.some((o) => o.state === 'unknown');
      for (const o of outcomes) {
        if (o.state === 'false' || (o.state === 'missing' && r.complete && !unknown)) {
          ctx.report({ resource: r, at: o.at, message: `DAX encryption at rest is off: set ${name} (it can only be chosen when the cluster is created).` });
        }
      }
    }
  },
});
