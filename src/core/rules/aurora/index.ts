import type { Rule } from '../types';
import adb022 from './adb022-aurora-mysql-v1';
import adb030 from './adb030-replica-count';
import adb031 from './adb031-backtrack-window';
import adb032 from './adb032-global-secondaries';
import adb033 from './adb033-cluster-storage-encrypted';
import adb034 from './adb034-serverless-v1';
import adb035 from './adb035-serverless-v2-capacity';
import adb036 from './adb036-multimaster';
import adb037 from './adb037-single-instance';

export const auroraRules: Rule[] = [adb022, adb030, adb031, adb032, adb033, adb034, adb035, adb036, adb037];
