/** Amazon Timestream facts (seed [Specialized Databases]), each checked against the AWS page in `sources`. */
import type { FactInput } from '../schema';

const DG = 'https://docs.aws.amazon.com/timestream/latest/developerguide';

export const timestreamFacts: FactInput[] = [
  {
    id: 'timestream.liveanalytics-closed',
    service: 'timestream',
    subject: 'Timestream for LiveAnalytics availability',
    value: 'Closed to new customers from 20 June 2025; existing customers can keep using it',
    changeable: 'n/a',
    note: 'AWS points to Timestream for InfluxDB (InfluxDB 3 for most workloads, InfluxDB 2 for low-latency operational ones) or to Aurora/RDS PostgreSQL for non-time-series use.',
    seedSays: 'The seed presents Timestream (memory and magnetic stores) as the time-series choice for new designs.',
    targets: {
      cfn: ['AWS::Timestream::Database', 'AWS::Timestream::Table', 'AWS::Timestream::ScheduledQuery'],
      cli: ['timestream-write create-database', 'timestream-write create-table'],
      cdk: ['CfnDatabase', 'CfnTable'],
    },
    seed: 'seed [Specialized Databases]',
    verified: '2026-11-25',
    sources: [`${DG}/scheduledqueries-notification.html`, `${DG}/AmazonTimestreamForLiveAnalytics-availability-change.html`],
  },
  {
    id: 'timestream.influxdb',
    service: 'timestream',
    subject: 'Timestream for InfluxDB',
    value: 'Managed InfluxDB instances (AWS::Timestream::InfluxDBInstance) with single-digit millisecond query response times',
    targets: {
      cfn: ['AWS::Timestream::InfluxDBInstance'],
      cli: ['timestream-influxdb create-db-instance'],
      cdk: ['CfnInfluxDBInstance'],
    },
    seed: null,
    verified: '2026-11-25',
    sources: [`${DG}/timestream-for-influxdb.html`, `${DG}/general.html`],
  },
  {
    id: 'timestream.storage-tiers',
    service: 'timestream',
    subject: 'LiveAnalytics storage tiers',
    value: 'Recent data in the memory store, history moved to a cost-optimised magnetic store by retention properties',
    targets: { cfn: ['AWS::Timestream::Table.RetentionProperties'], cli: ['timestream-write create-table --retention-properties'], cdk: [] },
    seed: 'seed [Specialized Databases]',
    verified: '2026-11-25',
    sources: [`${DG}/what-is-timestream.html`],
  },
];
