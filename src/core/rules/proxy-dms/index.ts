import type { Rule } from '../types';
import adb080 from './adb080-proxy-require-tls';
import adb081 from './adb081-proxy-iam-auth';
import adb082 from './adb082-dms-public';
import adb083 from './adb083-dms-multi-az';

export const proxyDmsRules: Rule[] = [adb080, adb081, adb082, adb083];
