/**
 * Deterministic random mini-templates for the YAML differential test: block maps and sequences,
 * compact maps, flow collections, tags, quoted/plain/block scalars, empty values, and blank and
 * comment lines at random indentation (what moves node ends in the `yaml` package).
 */

/** A small seeded PRNG (mulberry32): the same seed gives the same texts on every machine. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const KEYS = ['Type', 'Properties', 'Engine', 'a', 'b c', '"quoted key"', "'single'", '1', 'true', 'x:y', 'Fn::If', 'key ', 'ARN', '0x1F', '~'];
const SCALARS = [
  'abc', 'a b c', 'AWS::RDS::DBInstance', 'arn:aws:s3:::b/*', 'a#b', "it's", '0123', '1e3', '.inf', '-.inf', '.nan', '08', '010',
  '0x1F', '0o17', '+12', '-3.5', '1.', '.5', '1_000', 'yes', 'no', 'on', 'true', 'False', 'TRUE', 'null', 'Null', '~', '2010-09-09',
  '12:30', '-1', '- x', "'010'", '"010"', '"a\\tb"', '"\\u00e9\\x41\\U0001F600"', "'a''b'", '"a \\"q\\" b"', '""', "''", '"# not"',
  '"a: b"', "'{x}'", '!Ref X', '!GetAtt A.Arn', '!Sub "${AWS::Region}-x"', '!Sub ${AWS::StackName}', '!Base64 abc', '!Rain::Embed f.js',
  '[a, 1, "b"]', '[]', '{}', '{Ref: X}', '{"Fn::GetAtt": [A, Arn]}', '[!Ref A, !Ref B]', '!Equals [!Ref Env, prod]',
  '!Join ["", [a, !Ref B]]', '{a: [1, {b: c}], "d": \'e\'}', '[ a ,b ]', '"\\/"', 'x y  ', '%x', '@x', '&a x', '*a', '!!str 1',
  '? x', 'a: b', '[a, b,]', '{a}', '"bad \\q"', '|x', '"unterminated', '`x`',
];

export function generate(rand: () => number): string {
  const pick = <T>(xs: T[]): T => xs[Math.floor(rand() * xs.length)];
  const chance = (p: number) => rand() < p;
  const out: string[] = [];
  const pad = (n: number) => ' '.repeat(n);
  const trivia = (ind: number) => {
    while (chance(0.25)) out.push(chance(0.4) ? pad(Math.floor(rand() * 3)) : `${pad(Math.max(0, ind + Math.floor(rand() * 7) - 4))}# c${chance(0.2) ? ' : - x' : ''}`);
  };
  const tail = () => (chance(0.15) ? '  # t' : chance(0.05) ? '   ' : '');
  /** An inline value, or lines below (pushed), for a key or dash at indentation ind; returns the inline text. */
  const value = (ind: number, depth: number, first: string): void => {
    const r = rand();
    if (depth > 3 || r < 0.45) {
      out.push(`${first} ${pick(SCALARS)}${tail()}`);
    } else if (r < 0.55) {
      out.push(`${first}${chance(0.5) ? '' : ' '}${chance(0.1) ? '  # e' : ''}`);
    } else if (r < 0.63) {
      const style = pick(['|', '>', '|-', '>-', '|+', '|2']);
      out.push(`${first} ${chance(0.2) ? '!Sub ' : ''}${style}${tail()}`);
      const inner = ind + pick([1, 2, 4]);
      const n = 1 + Math.floor(rand() * 4);
      for (let i = 0; i < n; i++) out.push(chance(0.2) ? pad(Math.floor(rand() * (inner + 3))) : `${pad(inner + (chance(0.2) ? 2 : 0))}line ${i}${chance(0.2) ? ' # x' : ''}`);
    } else if (r < 0.7) {
      const q = pick(['"', "'", '']);
      out.push(`${first} ${q}multi`);
      for (let i = 0; i < 1 + Math.floor(rand() * 2); i++) out.push(chance(0.2) ? '' : `${pad(ind + pick([1, 2, 3]))}line ${i}${i === 1 ? '' : ''}`);
      out[out.length - 1] += q;
    } else if (r < 0.85) {
      out.push(`${first}${chance(0.3) ? ' !If' : ''}${tail()}`);
      trivia(ind + 2);
      if (chance(0.5)) map(ind + pick([1, 2, 4]), depth + 1);
      else seq(ind + pick([0, 2, 2]), depth + 1);
    } else {
      out.push(`${first}${tail()}`);
      trivia(ind + 2);
      map(ind + 2, depth + 1);
    }
  };
  const map = (ind: number, depth: number, firstPrefix?: string): void => {
    const n = 1 + Math.floor(rand() * 4);
    for (let i = 0; i < n; i++) {
      const prefix = i === 0 && firstPrefix !== undefined ? firstPrefix : pad(ind);
      value(ind, depth, `${prefix}${pick(KEYS)}:`);
      trivia(ind);
    }
  };
  const seq = (ind: number, depth: number): void => {
    const n = 1 + Math.floor(rand() * 3);
    for (let i = 0; i < n; i++) {
      const r = rand();
      if (r < 0.3 && depth < 4) map(ind + 2, depth + 1, `${pad(ind)}- `);
      else if (r < 0.35 && depth < 4) {
        out.push(`${pad(ind)}- - ${pick(SCALARS)}`);
        out.push(`${pad(ind + 2)}- ${pick(SCALARS)}`);
      } else value(ind, depth, `${pad(ind)}-`);
      trivia(ind);
    }
  };
  if (chance(0.1)) out.push('---');
  out.push('AWSTemplateFormatVersion: 2010-09-09');
  trivia(0);
  out.push('Resources:');
  map(2, 1);
  trivia(0);
  if (chance(0.3)) map(0, 1);
  return out.join('\n') + (chance(0.9) ? '\n' : '');
}

/** Breaks a text at one random place (the fast reader must then agree or fall back). */
export function mutate(text: string, rand: () => number): string {
  const at = Math.floor(rand() * text.length);
  const ins = [':', '-', '"', "'", ' ', '\n', '#', '[', ']', '{', '}', ',', '!', '&', '*', '|', '  ', '\n  ', '? ', '\\'];
  return rand() < 0.3 ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + ins[Math.floor(rand() * ins.length)] + text.slice(at);
}
