import { fact } from '../../../knowledge';
import { defineRule } from '../types';

const closed = fact('timestream.liveanalytics-closed');

export default defineRule({
  id: 'ADB075',
  title: 'Timestream for LiveAnalytics is closed to new customers',
  severity: 'warning',
  services: ['timestream'],
  resourceTypes: ['AWS::Timestream::Database', 'AWS::Timestream::Table', 'AWS::Timestream::ScheduledQuery'],
  description:
    'AWS closed Amazon Timestream for LiveAnalytics to new customers on 20 June 2025; existing customers can keep using ' +
    'it, but a new account cannot create these resources. For new time-series workloads use Amazon Timestream for ' +
    'InfluxDB (AWS::Timestream::InfluxDBInstance), which AWS recommends as the replacement (InfluxDB 3 for most ' +
    'workloads), or Aurora/RDS PostgreSQL for data that is not really time series.',
  source: {
    seed: closed.seed ?? undefined,
    urls: closed.sources,
    note: 'The seed presents Timestream (memory and magnetic store) as the time-series choice; AWS closed LiveAnalytics to new customers on 2025-06-20.',
  },
  check(ctx) {
    for (const r of ctx.resources()) {
      ctx.report({
        resource: r,
        at: r.anchor,
        message: `${r.type} is Timestream for LiveAnalytics, closed to new customers since 20 June 2025: use Timestream for InfluxDB (AWS::Timestream::InfluxDBInstance) for new workloads.`,
      });
    }
  },
});
