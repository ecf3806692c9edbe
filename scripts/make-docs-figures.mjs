#!/usr/bin/env node
// Regenerates docs/figure.svg (the bundled example's SVG figure) and docs/html-report.png (a
// screenshot of its HTML report in headless Chromium) from dist/. Run after `npm run build` and
// `node scripts/build-viewer.mjs`. Chromium: $CHROMIUM_PATH or /usr/bin/chromium.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { tmpdir } from 'node:os';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const imp = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const { readInput } = await imp('io/read-input.js');
const { analyze } = await imp('analysis/analyze.js');
const { renderSvg } = await imp('report/svg.js');
const { renderHtml } = await imp('report/html.js');

process.chdir(root); // relative input paths in the report, as a user would type them
const data = await readInput({ members: 'fixtures/example/members.csv' });
const report = await analyze(data);
mkdirSync(join(root, 'docs'), { recursive: true });
writeFileSync(join(root, 'docs', 'figure.svg'), renderSvg(report, data.toGraph()));
const html = renderHtml(report, data.toGraph());
const htmlPath = join(tmpdir(), `cluster-graph-example-${process.pid}.html`);
writeFileSync(htmlPath, html);
console.log(`docs/figure.svg written; example HTML report: ${html.length} bytes`);

const { chromium } = await import('playwright-core');
const browser = await chromium.launch({
  executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
  args: ['--headless=new', '--no-sandbox', '--use-angle=swiftshader', '--enable-unsafe-swiftshader', '--disable-background-networking', '--no-first-run'],
});
try {
  const page = await browser.newPage({ viewport: { width: 1320, height: 900 } });
  await page.goto(pathToFileURL(htmlPath).href);
  await page.waitForFunction(() => window.clusterGraphViewer !== undefined);
  await page.waitForTimeout(500);
  const hook = await page.evaluate(() => {
    const v = window.clusterGraphViewer;
    return v.renderer === 'webgl' ? v.memberPosition(0) : null;
  });
  if (hook) {
    const box = await page.locator('#network').boundingBox();
    await page.mouse.move(box.x + hook.x, box.y + hook.y);
    await page.waitForTimeout(300);
  }
  await page.screenshot({ path: join(root, 'docs', 'html-report.png') });
  console.log('docs/html-report.png written');
} finally {
  await browser.close();
}
