import type { Rule } from '../types';
import adb139 from './adb139-newer-than-data';

export const deployRules: Rule[] = [adb139];
