import type { Rule } from '../types';
import adb001 from './adb001-backup-retention-range';
import adb002 from './adb002-backups-off';
import adb003 from './adb003-backup-retention-short';
import adb004 from './adb004-storage-encrypted';
import adb005 from './adb005-kms-key-unencrypted';
import adb006 from './adb006-publicly-accessible';
import adb007 from './adb007-multi-az';
import adb008 from './adb008-gp2-storage';
import adb009 from './adb009-magnetic-storage';
import adb010 from './adb010-allocated-storage-range';
import adb011 from './adb011-iops-range';
import adb012 from './adb012-hard-coded-secret';
import adb013 from './adb013-iam-auth';
import adb014 from './adb014-performance-insights';
import adb015 from './adb015-deletion-protection';
import adb016 from './adb016-deletion-policy';
import adb017 from './adb017-engine-end-of-support';
import adb018 from './adb018-read-replica-count';
import adb019 from './adb019-backup-window';
import adb020 from './adb020-log-exports';
import adb021 from './adb021-open-database-port';
import adb023 from './adb023-password-parameter-noecho';
import adb024 from './adb024-numeric-engine-version';
import adb026 from './adb026-float-engine-version';
import adb029 from './adb029-engine-version-mismatch';

/** RDS DB instance and Multi-AZ DB cluster rules (plus the cross-service ADB012, ADB016 and ADB021). */
export const rdsRules: Rule[] = [
  adb001, adb002, adb003, adb004, adb005, adb006, adb007, adb008, adb009, adb010, adb011,
  adb012, adb013, adb014, adb015, adb016, adb017, adb018, adb019, adb020, adb021, adb023, adb024, adb026, adb029,
];
