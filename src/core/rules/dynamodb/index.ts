import type { Rule } from '../types';

export const dynamodbRules: Rule[] = [];
