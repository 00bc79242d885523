import type { Rule } from '../types';
import adb050 from './adb050-pitr';
import adb051 from './adb051-sse';
import adb052 from './adb052-index-limits';
import adb053 from './adb053-key-attributes';
import adb054 from './adb054-billing-mode';
import adb055 from './adb055-autoscaling';
import adb056 from './adb056-global-table-pitr';
import adb057 from './adb057-dax-sse';
import adb058 from './adb058-dax-replication-factor';
import adb157 from './adb157-dax-tls';

export const dynamodbRules: Rule[] = [adb050, adb051, adb052, adb053, adb054, adb055, adb056, adb057, adb058, adb157];
