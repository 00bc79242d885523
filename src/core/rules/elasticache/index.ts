import type { Rule } from '../types';
import adb025 from './adb025-redis-extended-support';
import adb027 from './adb027-multi-az-without-failover';
import adb028 from './adb028-failover-without-replica';
import adb060 from './adb060-encryption';
import adb061 from './adb061-auth-token-tls';
import adb062 from './adb062-auth';
import adb063 from './adb063-cluster-mode-failover';
import adb064 from './adb064-replica-limit';
import adb065 from './adb065-multi-az';
import adb066 from './adb066-snapshot-retention';
import adb067 from './adb067-memcached-snapshots';
import adb068 from './adb068-memorydb-tls';
import adb069 from './adb069-retired-version-node-type';
import adb130 from './adb130-cache-offered';
import adb131 from './adb131-cache-parameter-group-family';

export const cacheRules: Rule[] = [adb025, adb027, adb028, adb060, adb061, adb062, adb063, adb064, adb065, adb066, adb067, adb068, adb069, adb130, adb131];
