import type { Rule } from '../types';
import adb040 from './adb040-witness-region';
import adb041 from './adb041-deletion-protection';

export const dsqlRules: Rule[] = [adb040, adb041];
