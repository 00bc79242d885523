/**
 * Generated Terraform (`.tf`) text for the fuzz suite: the AWS provider's database resources with
 * arguments and nested blocks from the reader's own mapping table, values of every expression kind
 * (literals, `var.`/`local.` references, conditionals, templates with interpolations and directives,
 * heredocs, function calls, `for` expressions, splats, deep nesting, huge strings), `variable`,
 * `locals`, `module`, `dynamic` and `lifecycle` blocks; then damaged the way a file is while it is
 * typed: cut anywhere (half-typed, unterminated blocks and strings), unclosed heredocs, stray binary
 * bytes and lone surrogates.
 */
import fc from 'fast-check';
import { RESOURCES } from '../../src/core/forms/terraform/resources';
import type { Case } from './arbitraries';

const TYPES = Object.keys(RESOURCES);

const ident = fc.constantFrom('a', 'db', 'main', 'this', 'x-y', '_z', 'ü', 'n1');
const literal = fc.oneof(
  fc.constantFrom('true', 'false', 'null', '0', '1', '7', '35', '-1', '1e400', '0.5', '99999999999999999999', '"prod"', '"postgres"', '"aurora-postgresql"', '"gp2"', '""', '"db.r6g.large"', '"redis"'),
  fc.string({ maxLength: 12 }).map((s) => JSON.stringify(s)),
);
/** A long string: huge values must not make the reader or the rules slow. */
const huge = fc.tuple(fc.integer({ min: 1_000, max: 60_000 }), fc.constantFrom('a', '${', '\\"', '%{', '$$', 'é')).map(([n, c]) => `"${c.repeat(Math.ceil(n / c.length))}"`);
const heredoc = fc.tuple(fc.constantFrom('EOT', 'EOF', 'POLICY'), fc.boolean(), fc.array(fc.constantFrom('line', '  ${var.x}', '%{ if var.a }y%{ endif }', '{"a": 1}', '', 'EOTX', '  EOT'), { maxLength: 5 }), fc.boolean())
  .map(([tag, indent, lines, closed]) => `<<${indent ? '-' : ''}${tag}\n${lines.join('\n')}\n${closed ? `${indent ? '  ' : ''}${tag}` : ''}`);

function exprArb(depth: number): fc.Arbitrary<string> {
  const leaf = fc.oneof(
    { weight: 4, arbitrary: literal },
    { weight: 3, arbitrary: ident.map((n) => `var.${n}`) },
    { weight: 1, arbitrary: ident.map((n) => `local.${n}`) },
    { weight: 1, arbitrary: fc.constantFrom('aws_rds_cluster.a.id', 'aws_security_group.db.id', 'aws_db_instance.x[0].arn', 'aws_rds_cluster.a[*].id', 'each.value', 'count.index', 'data.aws_kms_key.k.arn', 'module.db.id', 'self.x', 'path.module') },
    { weight: 1, arbitrary: heredoc },
    { weight: 1, arbitrary: ident.map((n) => `"\${var.${n}}-prod"`) },
  );
  if (depth <= 0) return leaf;
  const sub = exprArb(depth - 1);
  return fc.oneof(
    { weight: 5, arbitrary: leaf },
    { weight: 1, arbitrary: fc.tuple(sub, sub, sub).map(([c, a, b]) => `${c} ? ${a} : ${b}`) },
    { weight: 1, arbitrary: fc.tuple(sub, fc.constantFrom('==', '!=', '&&', '||', '+', '>=', '%')).map(([a, op]) => `${a} ${op} ${a}`) },
    { weight: 1, arbitrary: fc.array(sub, { maxLength: 3 }).map((xs) => `[${xs.join(', ')}]`) },
    { weight: 1, arbitrary: fc.array(fc.tuple(ident, sub), { maxLength: 3 }).map((xs) => `{ ${xs.map(([k, v]) => `${k} = ${v}`).join(', ')} }`) },
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('tostring', 'tonumber', 'tobool', 'merge', 'lower', 'coalesce', 'try', 'contains', 'lookup', 'jsonencode'), fc.array(sub, { maxLength: 3 }), fc.boolean()).map(([f, xs, dots]) => `${f}(${xs.join(', ')}${dots ? '...' : ''})`) },
    { weight: 1, arbitrary: sub.map((x) => `[for k, v in ${x} : v if k != "a"]`) },
    { weight: 1, arbitrary: sub.map((x) => `"%{ for v in ${x} }\${v}%{ endfor }"`) },
    { weight: 1, arbitrary: sub.map((x) => `(${x})`) },
    { weight: 1, arbitrary: sub.map((x) => `!${x}`) },
    { weight: 1, arbitrary: sub.map((x) => `-${x}`) },
  );
}

const expr = exprArb(3);

/** Deeply nested values: brackets, objects, parentheses, conditionals, interpolations, blocks. */
const deep = fc.tuple(fc.integer({ min: 1, max: 3000 }), fc.nat(6)).map(([d, k]) => {
  switch (k) {
    case 0: return `x = ${'['.repeat(d)}1${']'.repeat(d)}`;
    case 1: return `x = ${'{ a = '.repeat(d)}1${' }'.repeat(d)}`;
    case 2: return `x = ${'('.repeat(d)}1${')'.repeat(d)}`;
    case 3: return `x = ${'true ? '.repeat(d)}1${' : 0'.repeat(d)}`;
    case 4: return `x = "${'${"'.repeat(d)}v${'"}'.repeat(d)}"`;
    case 5: return `${'b {\n'.repeat(d)}${'}\n'.repeat(d)}`;
    default: return `x = ${'f('.repeat(d)}1${')'.repeat(d)}`;
  }
});

/** The arguments and block names the reader maps for a type, and a few it does not know. */
function argsOf(type: string): string[] {
  const s = RESOURCES[type];
  return [...Object.keys(s.args), 'count', 'for_each', 'provider', 'depends_on', 'unknown_arg', 'skip_final_snapshot', 'apply_immediately', 'final_snapshot_identifier'];
}

const blockArb = (type: string, depth: number): fc.Arbitrary<string> => {
  const s = RESOURCES[type];
  const names = [...Object.keys(s.blocks ?? {}), 'lifecycle', 'timeouts', 'ingress', 'parameter'];
  const attr = fc.tuple(fc.constantFrom(...argsOf(type)), expr).map(([k, v]) => `${k} = ${v}`);
  const inner: fc.Arbitrary<string> = depth <= 0 ? attr : fc.oneof({ weight: 4, arbitrary: attr }, { weight: 1, arbitrary: blockArb(type, depth - 1) });
  return fc.tuple(fc.constantFrom(...names), fc.boolean(), fc.array(inner, { maxLength: 4 })).map(([n, dyn, body]) =>
    dyn ? `dynamic "${n}" {\n  for_each = var.${n}\n  content {\n    ${body.join('\n    ')}\n  }\n}` : `${n} {\n  ${body.join('\n  ')}\n}`);
};

const resourceArb = fc.constantFrom(...TYPES).chain((type) =>
  fc.tuple(ident, fc.array(fc.oneof({ weight: 5, arbitrary: fc.tuple(fc.constantFrom(...argsOf(type)), expr).map(([k, v]) => `${k} = ${v}`) }, { weight: 2, arbitrary: blockArb(type, 2) }, { weight: 1, arbitrary: deep }, { weight: 1, arbitrary: huge.map((h) => `tags = { Name = ${h} }`) }), { maxLength: 10 }))
    .map(([name, body]) => `resource "${type}" "${name}" {\n  ${body.join('\n  ')}\n}\n`));

const otherArb = fc.oneof(
  fc.tuple(ident, fc.option(expr), fc.option(fc.array(literal, { maxLength: 3 })), fc.boolean()).map(([n, d, allowed, sens]) =>
    `variable "${n}" {\n  type = string\n${d === null ? '' : `  default = ${d}\n`}${allowed ? `  validation {\n    condition = contains([${allowed.join(', ')}], var.${n})\n    error_message = "no"\n  }\n` : ''}${sens ? '  sensitive = true\n' : ''}}\n`),
  fc.array(fc.tuple(ident, expr), { maxLength: 4 }).map((xs) => `locals {\n${xs.map(([k, v]) => `  ${k} = ${v}`).join('\n')}\n}\n`),
  fc.tuple(ident, fc.constantFrom('terraform-aws-modules/rds/aws', 'terraform-aws-modules/rds-aurora/aws', './x', '')).map(([n, src]) => `module "${n}" {\n  source = "${src}"\n  engine = "postgres"\n}\n`),
  fc.constantFrom('terraform {\n  required_providers {\n    aws = { source = "hashicorp/aws", version = "~> 6.0" }\n  }\n}\n', 'provider "aws" {\n  region = "us-east-1"\n}\n', '# checkov:skip=CKV_AWS_16: ok\n', '#tfsec:ignore:aws-rds-encrypt-instance-storage-data\n', '# tflint-ignore: all\n', '/* unterminated comment\n', '// aws-db-architect-ignore ADB004\n'),
);

/** Damage as while typing: a cut anywhere, stray bytes (control characters, lone surrogates, NUL), an unclosed string or heredoc. */
const damageArb = fc.oneof(
  { weight: 3, arbitrary: fc.constant((t: string) => t) },
  { weight: 2, arbitrary: fc.nat().map((at) => (t: string) => t.slice(0, at % (t.length + 1))) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.array(fc.integer({ min: 0, max: 0xffff }), { minLength: 1, maxLength: 8 })).map(([at, cs]) => (t: string) => { const p = at % (t.length + 1); return t.slice(0, p) + String.fromCharCode(...cs) + t.slice(p); }) },
  { weight: 1, arbitrary: fc.tuple(fc.nat(), fc.constantFrom('"', '"${', '<<EOT\n', '{', '}', '[', '(', '%{ if ', '/*', '\u0000', '\uD800', '=', '.', '?', ':', '...', '[*]', '=>')).map(([at, s]) => (t: string) => { const p = at % (t.length + 1); return t.slice(0, p) + s + t.slice(p); }) },
);

/** A generated `.tf` case (or, rarely, a `.tf.json` one: the same text as its JSON syntax would not be; the JSON reader gets it as is). */
export const terraformArb: fc.Arbitrary<Case> = fc
  .tuple(fc.array(fc.oneof({ weight: 3, arbitrary: resourceArb }, { weight: 2, arbitrary: otherArb }), { minLength: 1, maxLength: 6 }), fc.array(damageArb, { maxLength: 3 }), fc.boolean(), fc.nat(20))
  .map(([blocks, damage, crlf, j]) => {
    let text = damage.reduce((t, d) => d(t), blocks.join('\n'));
    if (crlf) text = text.replace(/\n/g, '\r\n');
    return { name: j === 0 ? 'gen.tf.json' : 'gen.tf', text };
  });
