import { fact } from '../../../knowledge';
import type { ScalarValue } from '../../model';
import type { Candidate } from '../../resolve';
import { defineRule } from '../types';
import { numbers } from '../util';
import { nameOf } from '../other/phrases';
import { clamp } from '../setting-fix';

const cap = fact('aurora.serverless-v2-capacity');

/** Two candidates can occur together unless they come from opposite branches of the same condition. */
const compatible = (a: Candidate, b: Candidate) => !(a.condition && b.condition && a.condition.name === b.condition.name && a.condition.branch !== b.condition.branch);

/** The nearest half step, at least 0.5 (0 would turn on auto-pause, which the author did not write). */
const halfStep = (n: number) => Math.max(0.5, Math.round(n * 2) / 2);
const roundHalf = (cur: unknown) => (typeof cur === 'number' && cur >= cap.min! && cur <= cap.max! && !Number.isInteger(cur * 2) ? halfStep(cur) : undefined);
const CAP = ['MinCapacity', 'MaxCapacity'].map((k) => `ServerlessV2ScalingConfiguration.${k}`);

export default defineRule({
  id: 'ADB035',
  title: 'Aurora Serverless v2 capacity outside the ACU range, or MinCapacity above MaxCapacity',
  severity: 'error',
  services: ['aurora'],
  resourceTypes: ['AWS::RDS::DBCluster'],
  description:
    'ServerlessV2ScalingConfiguration takes Aurora capacity units (ACUs) in 0.5 steps: MinCapacity from 0 (versions with ' +
    'auto-pause) or 0.5, MaxCapacity up to 256 ACUs (128 on older engine versions), and MinCapacity may not exceed ' +
    'MaxCapacity. RDS rejects anything else. The rule checks the range and the steps for every value the template can ' +
    'give, and MinCapacity against MaxCapacity; the 128-ACU ceiling of older versions is not checked because it depends ' +
    'on the exact engine version.',
  source: { seed: cap.seed ?? undefined, urls: cap.sources, note: 'The seed gives no ACU range; the values follow the RDS API reference.' },
  settingFixes: CAP.map((path) => ({ types: ['AWS::RDS::DBCluster'], path, to: (cur: ScalarValue | undefined) => clamp(cap.min!, cap.max!)(cur) ?? roundHalf(cur) })),
  check(ctx) {
    for (const r of ctx.resources()) {
      const minName = nameOf(r, 'ServerlessV2ScalingConfiguration.MinCapacity');
      const maxName = nameOf(r, 'ServerlessV2ScalingConfiguration.MaxCapacity');
      const mins = numbers(ctx.prop(r, 'ServerlessV2ScalingConfiguration.MinCapacity').candidates);
      const maxs = numbers(ctx.prop(r, 'ServerlessV2ScalingConfiguration.MaxCapacity').candidates);
      for (const [list, name] of [[mins, minName], [maxs, maxName]] as const) {
        for (const { c, n } of list) {
          const path = `ServerlessV2ScalingConfiguration.${name === minName ? 'MinCapacity' : 'MaxCapacity'}`;
          if (n < cap.min! || n > cap.max!) ctx.report({ resource: r, at: c, path, message: `${name} ${n} is outside ${cap.min}–${cap.max} ACUs: use a value from 0.5 (0 to allow auto-pause) to 256.` });
          else if (!Number.isInteger(n * 2)) ctx.report({ resource: r, at: c, path, message: `${name} ${n} is not a multiple of 0.5 ACU: round it to a half step (for example ${halfStep(n)}).` });
        }
      }
      for (const lo of mins) {
        const over = maxs.find((hi) => compatible(lo.c, hi.c) && lo.n > hi.n);
        if (over) {
          ctx.report({
            resource: r,
            at: lo.c,
            path: 'ServerlessV2ScalingConfiguration.MinCapacity',
            message: `${minName} ${lo.n} is above ${maxName} ${over.n}: the minimum capacity must not exceed the maximum.`,
            related: [{ span: over.c.site, message: `${maxName} ${over.n}` }],
          });
        }
      }
    }
  },
});
