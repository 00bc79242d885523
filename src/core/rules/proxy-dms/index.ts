import type { Rule } from '../types';

export const proxyDmsRules: Rule[] = [];
