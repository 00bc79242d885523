import type { Rule } from '../types';
import adb090 from './adb090-unknown-property';
import adb091 from './adb091-value-type';
import adb092 from './adb092-enum-value';
import adb093 from './adb093-duplicate-key';

export const schemaRules: Rule[] = [adb090, adb091, adb092, adb093];
