import type { Rule } from '../types';

export const otherRules: Rule[] = [];
