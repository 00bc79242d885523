import type { Rule } from '../types';
import adb140 from './adb140-replaced-data-lost';
import adb141 from './adb141-replaced-data-kept';
import adb142 from './adb142-may-replace';
import adb143 from './adb143-deleted-data-lost';
import adb144 from './adb144-deleted-data-kept';

export const dataLossRules: Rule[] = [adb140, adb141, adb142, adb143, adb144];
