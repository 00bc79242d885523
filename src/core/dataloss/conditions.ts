/**
 * When a "conditional" property (causesReplacement: maybe in the specification) replaces its
 * resource, as the CloudFormation resource reference documents it. A conditional property with no
 * entry here gets no finding: AWS documents its update as "Some interruptions" and no condition
 * under which it replaces, so the guard does not claim one. Some properties the specification lists
 * as plain updates replace under a documented condition too (OpenSearch EngineVersion): they are
 * here as well (EXTRA).
 *
 * Each condition is AWS's own wording in the CloudFormation resource reference, checked on 2026-12-04
 * against the property documentation AWS publishes in the resource schemas (as shipped in
 * @aws-cdk/aws-service-spec 0.1.216) and the CloudFormation User Guide's property pages.
 */
import type { Node, Resource } from '../model';
import { entry } from '../model';

/** What changed: the property was added, removed, or its value changed. */
export type Edit = 'added' | 'removed' | 'changed';

export interface ConditionInput {
  edit: Edit;
  base: Resource;
  next: Resource;
}

export interface Verdict {
  /** `replace`: AWS documents a replacement for this edit; `may`: it depends on something this file cannot tell; `no`: it does not replace. */
  verdict: 'replace' | 'may' | 'no';
  /** Why, in AWS's terms (one sentence, no final period). */
  why: string;
}

export interface Condition {
  /** How AWS documents the condition, for docs and the CodeLens list. */
  when: string;
  url: string;
  judge(i: ConditionInput): Verdict;
}

const REF = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/TemplateReference';
const UPDATE_POLICY = 'https://docs.aws.amazon.com/AWSCloudFormation/latest/UserGuide/aws-attribute-updatepolicy.html';

/** The value of `UpdatePolicy.<key>` of a resource: true, false (absent or false) or undefined (cannot be read). */
function updatePolicy(r: Resource, key: string): boolean | undefined {
  const p = r.attributes.get('UpdatePolicy')?.value;
  if (!p) return false;
  if (p.kind !== 'map') return undefined;
  const v: Node | undefined = entry(p, key)?.value;
  if (!v) return false;
  if (v.kind !== 'scalar') return undefined;
  if (v.value === true || v.value === 'true') return true;
  if (v.value === false || v.value === 'false') return false;
  return undefined;
}

/** Replaced unless the resource's UpdatePolicy sets `key` to true. */
function unlessPolicy(key: string, what: string): (i: ConditionInput) => Verdict {
  return (i) => {
    const on = updatePolicy(i.next, key);
    if (on === true) return { verdict: 'no', why: `UpdatePolicy ${key} is true, so ${what} is updated in place` };
    if (on === undefined) return { verdict: 'may', why: `${what} is replaced unless UpdatePolicy ${key} is true, which cannot be read here` };
    return { verdict: 'replace', why: `without UpdatePolicy ${key}: true, CloudFormation replaces the resource when ${what} changes` };
  };
}

const present = (r: Resource, key: string) => !!r.properties && !!entry(r.properties, key);

export const CONDITIONS: Record<string, Record<string, Condition>> = {
  'AWS::RDS::DBInstance': {
    DBSnapshotIdentifier: {
      when: 'a different or a removed DBSnapshotIdentifier: CloudFormation restores a new DB instance from the snapshot named (or creates an empty one when it is removed) and deletes the original',
      url: `${REF}/aws-resource-rds-dbinstance.html#cfn-rds-dbinstance-dbsnapshotidentifier`,
      judge: ({ edit }) => edit === 'removed'
        ? { verdict: 'replace', why: 'without DBSnapshotIdentifier, CloudFormation creates an empty DB instance and deletes the original' }
        : { verdict: 'replace', why: 'with a DBSnapshotIdentifier different from the previous one, CloudFormation restores a new DB instance from that snapshot and deletes the original (data written since the snapshot is lost)' },
    },
  },
  'AWS::ElastiCache::CacheCluster': {
    NumCacheNodes: {
      when: 'a change of NumCacheNodes when neither PreferredAvailabilityZone nor PreferredAvailabilityZones was specified before or is specified now',
      url: `${REF}/aws-resource-elasticache-cachecluster.html#cfn-elasticache-cachecluster-numcachenodes`,
      judge: ({ base, next }) => {
        const zones = (r: Resource) => present(r, 'PreferredAvailabilityZone') || present(r, 'PreferredAvailabilityZones');
        return zones(base) || zones(next)
          ? { verdict: 'no', why: 'PreferredAvailabilityZone(s) is specified, so the node count is updated in place' }
          : { verdict: 'replace', why: 'neither PreferredAvailabilityZone nor PreferredAvailabilityZones was specified before or is now, so CloudFormation replaces the cluster' };
      },
    },
  },
  'AWS::ElastiCache::ReplicationGroup': {
    AuthToken: {
      when: 'adding an AuthToken (changing or removing one is an update without replacement)',
      url: `${REF}/aws-resource-elasticache-replicationgroup.html#cfn-elasticache-replicationgroup-authtoken`,
      judge: ({ edit }) => edit === 'added'
        ? { verdict: 'replace', why: 'adding an AuthToken to a replication group requires replacement' }
        : { verdict: 'no', why: 'changing or removing the AuthToken is an update in place' },
    },
    NumNodeGroups: {
      when: `a change of NumNodeGroups unless the UpdatePolicy attribute sets UseOnlineResharding: true (${UPDATE_POLICY})`,
      url: `${REF}/aws-resource-elasticache-replicationgroup.html#cfn-elasticache-replicationgroup-numnodegroups`,
      judge: unlessPolicy('UseOnlineResharding', 'NumNodeGroups'),
    },
    NodeGroupConfiguration: {
      when: `a change of NodeGroupConfiguration unless the UpdatePolicy attribute sets UseOnlineResharding: true (${UPDATE_POLICY})`,
      url: `${REF}/aws-resource-elasticache-replicationgroup.html#cfn-elasticache-replicationgroup-nodegroupconfiguration`,
      judge: unlessPolicy('UseOnlineResharding', 'NodeGroupConfiguration'),
    },
  },
  'AWS::Elasticsearch::Domain': {
    ElasticsearchVersion: {
      when: `a change of ElasticsearchVersion unless the UpdatePolicy attribute sets EnableVersionUpgrade: true (${UPDATE_POLICY})`,
      url: `${REF}/aws-resource-elasticsearch-domain.html#cfn-elasticsearch-domain-elasticsearchversion`,
      judge: unlessPolicy('EnableVersionUpgrade', 'ElasticsearchVersion'),
    },
  },
};

/** Documented conditional replacements of properties the specification lists as plain updates. */
export const EXTRA: Record<string, Record<string, Condition>> = {
  'AWS::OpenSearchService::Domain': {
    EngineVersion: {
      when: `a change of EngineVersion unless the UpdatePolicy attribute sets EnableVersionUpgrade: true (${UPDATE_POLICY})`,
      url: `${REF}/aws-resource-opensearchservice-domain.html#cfn-opensearchservice-domain-engineversion`,
      judge: unlessPolicy('EnableVersionUpgrade', 'EngineVersion'),
    },
  },
};

/** The documented condition of a property, if any (spec "maybe" ones, then the extra ones). */
export function conditionOf(type: string, path: string): Condition | undefined {
  return CONDITIONS[type]?.[path] ?? EXTRA[type]?.[path];
}

/** Every property of a type with a documented condition. */
export function conditionalPaths(type: string): string[] {
  return [...Object.keys(CONDITIONS[type] ?? {}), ...Object.keys(EXTRA[type] ?? {})];
}
