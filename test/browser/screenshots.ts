/**
 * Regenerates docs/screenshots/*.png: the pattern catalogue and a template diagram, light and dark,
 * from the real webview page and bundle in Chromium. Run: npx tsx test/browser/screenshots.ts
 */
import fs from 'node:fs';
import path from 'node:path';
import { diagramTemplate } from '../../src/core/diagram';
import { patternViews } from '../../src/knowledge/patterns/view';
import { CFN_SAMPLES, fixture } from '../fixture';
import { buildWebview, launch, post, ROOT, serve, waitFor, type Theme } from './harness';

const OUT = path.join(ROOT, 'docs', 'screenshots');
const TEMPLATE = fixture(`${CFN_SAMPLES}/DMS/DMSAuroraToS3FullLoadAndOngoingReplication.yaml`);

async function main(): Promise<void> {
  await buildWebview();
  fs.mkdirSync(OUT, { recursive: true });
  const server = await serve();
  const browser = await launch();
  try {
    for (const theme of ['light', 'dark'] as Theme[]) {
      const page = await browser.newPage({ viewport: { width: 1280, height: 900 }, deviceScaleFactor: 1 });
      await page.goto(`${server.url}/patterns.html?theme=${theme}`);
      await waitFor(page, 'window.adbSent && window.adbSent.length > 0');
      await post(page, { type: 'patterns', entries: patternViews() });
      await page.waitForSelector('body[data-rendered=all]', { timeout: 120_000 });
      await page.screenshot({ path: path.join(OUT, `patterns-${theme}.png`) });
      await page.fill('#search', 'witness');
      await page.waitForTimeout(300);
      await page.screenshot({ path: path.join(OUT, `patterns-search-${theme}.png`) });
      await page.close();

      const d = diagramTemplate(fs.readFileSync(TEMPLATE, 'utf8'), TEMPLATE);
      const dp = await browser.newPage({ viewport: { width: 1280, height: 760 }, deviceScaleFactor: 1 });
      await dp.goto(`${server.url}/diagram.html?theme=${theme}`);
      await waitFor(dp, 'window.adbSent && window.adbSent.length > 0');
      await post(dp, { type: 'diagram', title: path.basename(TEMPLATE), uri: 'file:///x', mermaid: d.mermaid, problems: d.problems, version: 1 });
      await dp.waitForSelector('#canvas[data-state=ok] svg');
      await dp.screenshot({ path: path.join(OUT, `diagram-${theme}.png`) });
      await dp.close();
    }
  } finally {
    await browser.close();
    await server.close();
  }
  console.log(`screenshots in ${path.relative(ROOT, OUT)}`);
}

void main();
