/** DocumentDB and Neptune clusters share the RDS cluster API shape: shared names for their rules. */
import type { Resource } from '../../model';

export const DOCDB = 'AWS::DocDB::DBCluster';
export const NEPTUNE = 'AWS::Neptune::DBCluster';

/** `DocumentDB` or `Neptune`, for messages. */
export const serviceName = (r: Resource) => (r.type === DOCDB ? 'DocumentDB' : 'Neptune');

/** Properties that make a cluster inherit its encryption from a snapshot or a source cluster. */
export const RESTORE_PROPS = ['SnapshotIdentifier', 'SourceDBClusterIdentifier', 'RestoreType', 'GlobalClusterIdentifier', 'KmsKeyId'];
