import type { Rule } from '../types';
import adb001 from './adb001-backup-retention-range';
import adb004 from './adb004-storage-encrypted';

export const rdsRules: Rule[] = [adb001, adb004];
