import type { Rule } from '../types';
import adb070 from './adb070-storage-encrypted';
import adb071 from './adb071-backup-retention';
import adb072 from './adb072-deletion-protection';
import adb073 from './adb073-neptune-iam-auth';
import adb074 from './adb074-qldb-end-of-support';
import adb075 from './adb075-timestream-liveanalytics';
import adb076 from './adb076-opensearch-encryption';
import adb077 from './adb077-redshift';
import adb078 from './adb078-keyspaces-pitr';
import adb132 from './adb132-redshift-node-type';
import adb133 from './adb133-opensearch-offered';
import adb134 from './adb134-not-a-region';
import adb135 from './adb135-region-not-offered';
import adb156 from './adb156-minor-version-upgrade';

export const otherRules: Rule[] = [adb070, adb071, adb072, adb073, adb074, adb075, adb076, adb077, adb078, adb132, adb133, adb134, adb135, adb156];
