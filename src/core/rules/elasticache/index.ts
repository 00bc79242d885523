import type { Rule } from '../types';

export const cacheRules: Rule[] = [];
