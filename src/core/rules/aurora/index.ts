import type { Rule } from '../types';

export const auroraRules: Rule[] = [];
