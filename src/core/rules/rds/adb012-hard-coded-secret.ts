import { fact } from '../../../knowledge';
import type { ModelDocument, Resource } from '../../model';
import { get } from '../../model';
import { asBool, asString, type Candidate } from '../../resolve';
import { defineRule } from '../types';
import { settingName } from '../util';
import { formWord, sourceOf } from './common';

const managed = fact('rds.manage-master-password');

interface SecretProp {
  path: string;
  /** The resource can have RDS manage the password itself. */
  rdsManaged?: boolean;
}

/** Where each resource type takes a secret. Neptune clusters take none (IAM or no auth). */
const SECRETS: Record<string, SecretProp> = {
  'AWS::RDS::DBInstance': { path: 'MasterUserPassword', rdsManaged: true },
  'AWS::RDS::DBCluster': { path: 'MasterUserPassword', rdsManaged: true },
  'AWS::DocDB::DBCluster': { path: 'MasterUserPassword' },
  'AWS::Redshift::Cluster': { path: 'MasterUserPassword' },
  'AWS::ElastiCache::ReplicationGroup': { path: 'AuthToken' },
  'AWS::DMS::Endpoint': { path: 'Password' },
};

/** A candidate that is a secret written in the file: a literal, or the default/allowed value of a parameter without NoEcho. */
function literalSecret(doc: ModelDocument, c: Candidate): boolean {
  const v = asString(c.value);
  if (v === undefined || v.trim() === '') return false;
  if (!c.param) return true;
  if (c.param.how !== 'Default' && c.param.how !== 'AllowedValues') return false;
  const p = doc.parameters.get(c.param.name);
  if (!p) return false;
  if (asBool(scalar(get(p.node, 'NoEcho'))) === true) return false;
  // An SSM parameter type's default is a parameter name, not the secret.
  const type = asString(scalar(get(p.node, 'Type'))) ?? '';
  return !type.startsWith('AWS::SSM::Parameter');
}

function scalar(n: ReturnType<typeof get>) {
  return n?.kind === 'scalar' ? n.value : undefined;
}

function advice(r: Resource, s: SecretProp): string {
  if (r.form === 'cdk') {
    return s.rdsManaged ? 'use Credentials.fromGeneratedSecret() (a generated Secrets Manager secret) instead' : 'take it from a Secrets Manager secret (SecretValue.secretsManager()) instead';
  }
  if (s.rdsManaged && r.form === 'terraform') return 'set manage_master_user_password = true (RDS keeps and rotates it in Secrets Manager) instead';
  if (s.rdsManaged) {
    return r.form === 'cloudformation'
      ? 'use ManageMasterUserPassword: true (RDS keeps and rotates it in Secrets Manager) or a {{resolve:secretsmanager:...}} reference'
      : 'use --manage-master-user-password so RDS keeps and rotates it in Secrets Manager';
  }
  if (r.form === 'aws-cli') return 'read it from Secrets Manager when the script runs (aws secretsmanager get-secret-value) instead of writing it';
  if (r.form === 'terraform') return 'read it from Secrets Manager (an aws_secretsmanager_secret_version data source) instead of writing it';
  return 'use a {{resolve:secretsmanager:...}} dynamic reference or a NoEcho parameter';
}

export default defineRule({
  id: 'ADB012',
  title: 'Hard-coded database password or auth token',
  severity: 'warning',
  services: ['rds', 'aurora', 'documentdb', 'redshift', 'elasticache', 'dms'],
  resourceTypes: Object.keys(SECRETS),
  description:
    'A password written in a template, script or code ends up in version control, in stack parameters and in shell history. ' +
    'This rule reports literal values of MasterUserPassword (RDS DB instances and clusters, DocumentDB, Redshift), ElastiCache ' +
    'AuthToken and DMS endpoint Password, including a Ref to a parameter without NoEcho whose Default (or AllowedValues) holds the ' +
    'password. For RDS set ManageMasterUserPassword (RDS generates, stores and rotates the password in Secrets Manager); elsewhere ' +
    'use a {{resolve:secretsmanager:...}} dynamic reference. A NoEcho parameter, an SSM parameter type or a dynamic reference is not ' +
    'reported. The message never repeats the secret. Neptune clusters take no password (they use IAM authentication).',
  source: sourceOf(managed, [], null),
  specialFix: 'managed-password',
  check(ctx) {
    for (const r of ctx.resources()) {
      const s = SECRETS[r.type];
      if (!s) continue;
      const name = settingName(r, s.path);
      for (const c of ctx.prop(r, s.path).candidates) {
        if (!literalSecret(ctx.doc, c)) continue;
        const where = !c.param ? `${name} is a literal password in the ${formWord(r)}`
          : r.form === 'terraform' ? `${c.param.name} is a literal password (its default or a .tfvars value, also kept in the state file)`
            : `parameter ${c.param.name} (without NoEcho) holds a literal password`;
        ctx.report({
          resource: r,
          // A span, not the candidate: the engine would otherwise quote the parameter's value, the secret itself.
          at: { start: c.site.start, end: c.site.end },
          message: `${c.param ? `${name}: ` : ''}${where}: ${advice(r, s)}.`,
          related: c.param ? [{ span: c.param.span, message: `${c.param.how} of parameter ${c.param.name}` }] : [],
        });
      }
    }
  },
});
