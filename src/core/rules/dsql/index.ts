import type { Rule } from '../types';

export const dsqlRules: Rule[] = [];
