/** Allocated storage and IOPS limits per storage type and engine family, read from the knowledge base. */
import { fact } from '../../../knowledge';
import type { EngineFamily } from './common';

export interface Limit {
  min: number;
  max: number;
  factId: string;
}

function lim(id: string): Limit {
  const f = fact(id);
  return { min: f.min!, max: f.max!, factId: id };
}

/**
 * The AllocatedStorage range for a storage type and engine family. With the family unknown, the
 * widest range any engine allows, so a finding is certain whatever the engine is.
 */
export function storageLimit(type: string, fam: EngineFamily | undefined): Limit | undefined {
  const sql = fam === 'sqlserver';
  switch (type) {
    case 'gp2':
    case 'gp3':
      return lim(sql ? 'rds.storage-gp-sqlserver' : 'rds.storage-gp');
    case 'io1':
    case 'io2':
      return lim(sql ? 'rds.storage-io-sqlserver' : 'rds.storage-io');
    case 'standard':
      if (sql) return lim('rds.storage-magnetic-sqlserver');
      if (fam === 'oracle') return lim('rds.storage-magnetic-oracle');
      // MariaDB, MySQL, PostgreSQL, and the widest range when the engine is unknown.
      return lim('rds.storage-magnetic');
  }
  return undefined;
}

/** The IOPS range a storage type accepts, or null for a type that takes no IOPS. */
export function iopsLimit(type: string): Limit | null | undefined {
  if (type === 'io1' || type === 'io2') return lim('rds.iops-io');
  if (type === 'gp3') return lim('rds.iops-gp3');
  if (type === 'gp2' || type === 'standard') return null;
  return undefined;
}

/** The io1 IOPS-per-GiB ratio range for an engine family (undefined family: the widest). */
export function ratioLimit(fam: EngineFamily | undefined): Limit {
  return lim(fam === 'sqlserver' ? 'rds.iops-ratio-sqlserver' : 'rds.iops-ratio');
}
