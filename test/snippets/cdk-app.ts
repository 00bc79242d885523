/** Builds the proof program of the CDK snippets: one App, one Stack per snippet, synthesized at once. */
import { filled, type Snippet } from './harness';

/** Variables some snippets take from the surrounding stack, declared only when a snippet uses them. */
const CONTEXT: Record<string, string> = {
  database: `const database = new rds.DatabaseInstance(this, 'CtxDatabase', { engine: rds.DatabaseInstanceEngine.mysql({ version: rds.MysqlEngineVersion.VER_8_4_5 }), vpc, credentials: rds.Credentials.fromGeneratedSecret('dbadmin') });`,
  cluster: `const cluster = new rds.DatabaseCluster(this, 'CtxCluster', { engine: rds.DatabaseClusterEngine.auroraMysql({ version: rds.AuroraMysqlEngineVersion.VER_3_08_0 }), writer: rds.ClusterInstance.serverlessV2('writer'), vpc });`,
  table: `const table = new dynamodb.TableV2(this, 'CtxTable', { partitionKey: { name: 'pk', type: dynamodb.AttributeType.STRING } });`,
};

/** Context variables a snippet uses without declaring them. */
export function contextNeeds(body: string): string[] {
  return Object.keys(CONTEXT).filter((v) => new RegExp(`\\b${v}\\b`).test(body) && !new RegExp(`const ${v}\\b`).test(body));
}

/** Their types, for a lint-only wrapper that takes them as parameters (no stub construct to lint). */
export const CONTEXT_TYPES: Record<string, string> = { database: 'rds.DatabaseInstance', cluster: 'rds.DatabaseCluster', table: 'dynamodb.TableV2' };

/** The snippet text with the context variables it needs built before it. */
export function withContext(body: string): string {
  return [...contextNeeds(body).map((v) => CONTEXT[v]), body].join('\n');
}

/** The whole program: the imports snippet, then a Stack class per snippet, then synth. */
export function cdkProgram(snippets: Snippet[], outdir: string): string {
  const imports = snippets.find((s) => s.prefix === 'adb-cdk-imports');
  if (!imports) throw new Error('adb-cdk-imports is missing');
  const stacks = snippets.filter((s) => s !== imports).map((s, i) => {
    const body = withContext(filled(s)).split('\n').map((l) => `    ${l}`).join('\n');
    return `class Stack${i} extends cdk.Stack {\n  constructor(scope: Construct, id: string) {\n    super(scope, id, { env: { account: '123456789012', region: 'us-east-1' } });\n    const vpc: ec2.IVpc = new ec2.Vpc(this, 'Vpc', { maxAzs: 3, natGateways: 1 });\n${body}\n  }\n}\nnew Stack${i}(app, ${JSON.stringify(s.prefix)});\n`;
  });
  return `${filled(imports)}\n\nconst app = new cdk.App({ outdir: ${JSON.stringify(outdir)} });\n\n${stacks.join('\n')}\napp.synth();\n`;
}
