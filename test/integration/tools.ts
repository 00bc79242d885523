/**
 * The outside tools the integration tests run. A missing tool fails the test that needs it with
 * what to install (CI installs them all): nothing is skipped.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { repoPath } from '../fixture';

function missing(tool: string, install: string, detail: string): never {
  throw new Error(`${tool} is not installed (${detail.trim() || 'not found'}): ${install}. The integration tests (npm run test:integration) need it; CI installs it.`);
}

/** The AWS CLI's Python package (awscli), which the validation harnesses import; returns its version ("aws-cli/1.x.y"). */
export function requireAwsCli(): string {
  const r = spawnSync('python3', ['-c', 'import awscli; print("aws-cli/" + awscli.__version__)'], { encoding: 'utf8' });
  if (r.status !== 0) missing('The AWS CLI (Python package awscli)', 'pip install awscli', `${r.error ?? r.stderr}`);
  return r.stdout.trim();
}

/** cfn-lint on the PATH; returns its version line. */
export function requireCfnLint(): string {
  const r = spawnSync('cfn-lint', ['--version'], { encoding: 'utf8' });
  if (r.status !== 0) missing('cfn-lint', 'pip install cfn-lint', `${r.error ?? r.stderr}`);
  return (r.stdout || r.stderr).trim();
}

/** The vendored corpus's CloudFormation templates (test/corpus/cloudformation), every file whose name matches. */
export function corpusTemplates(name = /\.(ya?ml|json|template)$/): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true })) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (name.test(e.name)) out.push(p);
    }
  };
  walk(repoPath('test/corpus/cloudformation'));
  return out;
}
