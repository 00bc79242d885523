import type { Rule } from '../types';
import adb120 from './adb120-unknown-engine';
import adb121 from './adb121-engine-version-not-offered';
import adb122 from './adb122-deprecated-engine-version';
import adb123 from './adb123-instance-class-not-offered';
import adb124 from './adb124-instance-cluster-engine';
import adb125 from './adb125-parameter-group-family';
import adb126 from './adb126-documentdb-offer';
import adb127 from './adb127-neptune-instance-class';
import adb128 from './adb128-engine-version-newer-than-data';

/** Deploy failures of RDS, Aurora, DocumentDB and Neptune: values AWS does not offer (issue 13). */
export const deployRdsRules: Rule[] = [adb120, adb121, adb122, adb123, adb124, adb125, adb126, adb127, adb128];
