import type { Rule } from '../types';
import adb150 from './adb150-skip-final-snapshot';
import adb151 from './adb151-prevent-destroy';
import adb152 from './adb152-apply-immediately';
import adb153 from './adb153-computed-attribute';
import adb154 from './adb154-missing-required';

/** Terraform-only rules (ADB150-ADB169): settings CloudFormation does not have. */
export const terraformRules: Rule[] = [adb150, adb151, adb152, adb153, adb154];
