/**
 * Every fact in the knowledge base is shown by some hover, with all its sources: for each target a
 * probe document is built (a template, a CDK file, or the CLI target handed to cliHoverMarkdown)
 * and the hover at the target must contain the fact's subject, every source URL and the month it was verified.
 */
import { strict as assert } from 'node:assert';
import { FACTS } from '../../src/knowledge';
import type { FactInput } from '../../src/knowledge/schema';
import { cliHoverMarkdown, hoverAt, hoverDetails } from '../../src/core/hover';
import { md } from '../../src/core/hover/render';

/** A YAML template with the target under the cursor; returns the text and the hover offset. */
export function cfnProbe(target: string): { text: string; offset: number } {
  const [typeAndPath, value] = target.split('=');
  const [type, ...path] = typeAndPath.split('.');
  let text = `AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Probe:\n    Type: ${type}\n`;
  if (!path.length) return { text, offset: text.indexOf(type) + 2 };
  text += '    Properties:\n';
  let offset = 0;
  path.forEach((key, i) => {
    const indent = ' '.repeat(6 + 2 * i);
    const last = i === path.length - 1;
    const line = `${indent}${key}:${last ? ` ${value ?? 'x'}` : ''}\n`;
    if (last) offset = text.length + indent.length + (value !== undefined ? key.length + 2 : 1);
    text += line;
  });
  return { text, offset };
}

/** A CDK TypeScript file with the target (`Class`, `Class.prop`, `module.Class.prop`, `Class.method`) under the cursor. */
export function cdkProbe(target: string): { text: string; offset: number } {
  const parts = target.split('.');
  const module = /^[a-z]/.test(parts[0]) && parts.length > 1 ? parts.shift()! : 'lib';
  const [cls, member] = parts;
  const head = `import * as ${module} from 'aws-cdk-lib/aws-${module}';\n`;
  if (!member) {
    const text = `${head}const x = new ${module}.${cls}(this, 'Probe', {});\n`;
    return { text, offset: text.indexOf(`.${cls}(`) + 2 };
  }
  const text = `${head}const x = new ${module}.${cls}(this, 'Probe', {\n  ${member}: undefined,\n});\nconst y = ${module}.${cls}.${member}();\n`;
  return { text, offset: text.indexOf(`  ${member}:`) + 3 };
}

/** The hover and the full texts its "More…" links open (the command's argument, decoded as the editor does). */
export function withMore(hover: string | undefined): string | undefined {
  if (!hover) return hover;
  const more = [...hover.matchAll(/\(command:awsDbArchitect\.showHoverDetails\?([^\s)]+)/g)].map((m) => hoverDetails((JSON.parse(decodeURIComponent(m[1])) as [Parameters<typeof hoverDetails>[0]])[0]) ?? '');
  return [hover, ...more].join('\n\n');
}

function shows(short: string | undefined, f: FactInput): boolean {
  const hover = withMore(short);
  return !!hover && hover.includes(md(f.subject)) && f.sources.every((u) => hover.includes(`(${u})`)) && hover.includes(`verified ${f.verified.slice(0, 7)}`);
}

function probes(f: FactInput): { where: string; hover: string | undefined }[] {
  const out: { where: string; hover: string | undefined }[] = [];
  for (const t of f.targets?.cfn ?? []) {
    const p = cfnProbe(t);
    out.push({ where: `cfn ${t}`, hover: hoverAt(p.text, p.offset, 'probe.yaml') });
  }
  for (const t of f.targets?.cdk ?? []) {
    const p = cdkProbe(t);
    let h = hoverAt(p.text, p.offset, 'probe.ts');
    // A member that is a method, not a prop (`DatabaseInstanceEngine.mysql`): hover the call.
    if (!shows(h, f) && t.split('.').length > 1) h = hoverAt(p.text, p.text.lastIndexOf(`.${t.split('.').pop()}(`) + 2, 'probe.ts');
    out.push({ where: `cdk ${t}`, hover: h });
  }
  for (const t of f.targets?.cli ?? []) out.push({ where: `cli ${t}`, hover: cliHoverMarkdown(t) });
  return out;
}

describe('hover reachability', () => {
  it('the knowledge base is not empty', () => assert.ok(FACTS.length > 0));

  it('every fact is shown, with all its sources, by some hover', () => {
    const missing = FACTS.filter((f) => !probes(f).some((p) => shows(p.hover, f))).map((f) => f.id);
    assert.deepEqual(missing, [], `facts no hover shows (give them a cfn/cdk/cli target that exists): ${missing.join(', ')}`);
  });

  it('every CloudFormation and CLI target of every fact shows that fact', () => {
    const broken: string[] = [];
    for (const f of FACTS) for (const p of probes(f)) if (!p.where.startsWith('cdk') && !shows(p.hover, f)) broken.push(`${f.id}: ${p.where}`);
    assert.deepEqual(broken, []);
  });

  it('every CDK target shows its fact (class, prop, or static member)', () => {
    const broken: string[] = [];
    for (const f of FACTS) for (const p of probes(f)) if (p.where.startsWith('cdk') && !shows(p.hover, f)) broken.push(`${f.id}: ${p.where}`);
    assert.deepEqual(broken, []);
  });
});
