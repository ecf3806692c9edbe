/**
 * The findings grid of the HTML report in headless Chromium (playwright-core): four SWOT cells with
 * the report's findings, each link highlighting its evidence in the drawing (WebGL and the static
 * SVG fallback). Skipped only when no Chromium executable exists ($CHROMIUM_PATH or /usr/bin/chromium).
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { readInput } from '../../src/io/read-input.js';
import { analyze } from '../../src/analysis/analyze.js';
import type { Report } from '../../src/analysis/report-types.js';
import { renderHtml } from '../../src/report/html.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
const BASE_ARGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
const WEBGL_ARGS = [...BASE_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_ARGS = [...BASE_ARGS, '--disable-webgl', '--disable-3d-apis'];
const ROOT = join(import.meta.dirname, '..', '..');

let file = '';
let report: Report;

describe.skipIf(!haveChromium)('findings grid in headless Chromium', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-viewer.mjs'], { stdio: 'pipe', cwd: ROOT });
    const ex = join(ROOT, 'fixtures', 'example');
    const data = await readInput({ members: join(ex, 'members.csv'), ties: join(ex, 'ties.csv'), projects: join(ex, 'projects.csv') });
    report = await analyze(data, { permutations: 500, nullSamples: 40 });
    file = join(mkdtempSync(join(tmpdir(), 'cg-findings-html-')), 'example.html');
    writeFileSync(file, renderHtml(report, data.toGraph()));
  }, 120_000);

  for (const [mode, args, renderer] of [['WebGL', WEBGL_ARGS, 'webgl'], ['no WebGL (SVG fallback)', NO_WEBGL_ARGS, 'svg']] as const) {
    describe(mode, () => {
      let browser: Browser;
      beforeAll(async () => {
        browser = await chromium.launch({ executablePath, args: [...args] });
      });
      afterAll(async () => browser?.close());

      it('shows the four SWOT cells before the drawing, and a click highlights a finding\'s evidence', async () => {
        const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
        const errors: string[] = [];
        page.on('pageerror', (e) => errors.push(String(e)));
        await page.goto(pathToFileURL(file).href);
        await page.waitForFunction(() => (globalThis as unknown as { clusterGraphViewer?: unknown }).clusterGraphViewer !== undefined, null, { timeout: 20_000 });
        expect(await page.locator('#network').getAttribute('data-renderer')).toBe(renderer);
        // Reading first: the findings section comes before the network section.
        type Doc = { document: { querySelectorAll(selector: string): ArrayLike<{ id: string }> } };
        const order = await page.evaluate(() => Array.from((globalThis as unknown as Doc).document.querySelectorAll('main > section')).map((s) => s.id));
        expect(order.indexOf('findings')).toBe(0);
        expect(order.indexOf('findings')).toBeLessThan(order.indexOf('network-section'));
        const cells = page.locator('.swot > .swot-cell');
        expect(await cells.count()).toBe(4);
        const headings = await page.locator('.swot-cell > h3').allInnerTexts();
        expect(headings.map((h) => h.split(' ')[0])).toEqual(['Strengths', 'Weaknesses', 'Opportunities', 'Threats']);
        for (const [i, cat] of (['strength', 'weakness', 'opportunity', 'threat'] as const).entries()) {
          expect(await cells.nth(i).locator('li.finding').count()).toBe(report.findings!.filter((f) => f.category === cat).length);
        }
        // The articulation-point threat: its members and bridge ends are highlighted.
        const cut = report.findings!.find((f) => f.id === 'cut-points')!;
        const expected = new Set([...cut.evidence.members, ...cut.evidence.ties.flat()]).size;
        const link = page.locator('li.finding[data-id="cut-points"] a.finding-link');
        await link.click();
        await expect.poll(() => page.locator('#network-section').getAttribute('data-highlighted')).toBe(String(expected));
        expect(await link.getAttribute('class')).toContain('active');
        if (renderer === 'svg') {
          expect(await page.locator('#static-figure circle.evidence').count()).toBe(expected);
          expect(await page.locator('#static-figure svg.highlighting').count()).toBe(1);
        }
        await link.click();
        await expect.poll(() => page.locator('#network-section').getAttribute('data-highlighted')).toBe('0');
        if (renderer === 'svg') expect(await page.locator('#static-figure circle.evidence').count()).toBe(0);
        expect(errors).toEqual([]);
        await page.close();
      }, 60_000);
    });
  }
});
