/**
 * The HTML report in a real headless Chromium (playwright-core). Skipped only when no Chromium
 * executable exists ($CHROMIUM_PATH or /usr/bin/chromium); CI installs one.
 *
 * Test hooks of the page (src/report/viewer/main.ts): `#network[data-members]` = members drawn by
 * sigma, `#network[data-renderer]` = webgl | svg, `window.clusterGraphViewer.memberPosition(i)`.
 */
import { describe, expect, it, beforeAll, afterAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser, type Page } from 'playwright-core';
import { readInput } from '../../src/io/read-input.js';
import { analyze } from '../../src/analysis/analyze.js';
import type { Report } from '../../src/analysis/report-types.js';
import { renderHtml } from '../../src/report/html.js';
import { exampleGraph, frozenReport } from '../helpers/frozen-report.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
if (!haveChromium) console.warn(`html.browser.test.ts SKIPPED: no Chromium at ${executablePath} (set CHROMIUM_PATH or apt-get install chromium)`);

const BASE_ARGS = ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'];
// Software WebGL (SwiftShader through ANGLE) so WebGL exists without a GPU.
const WEBGL_ARGS = [...BASE_ARGS, '--use-angle=swiftshader', '--enable-unsafe-swiftshader'];
const NO_WEBGL_ARGS = [...BASE_ARGS, '--disable-webgl', '--disable-3d-apis'];

let dir: string;
let exampleFile: string;
let hostileFile: string;
let crowdedFile: string;
let report: Report;

interface Watch {
  errors: string[];
  requests: string[];
  dialogs: string[];
}

async function open(browser: Browser, file: string): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
  const watch: Watch = { errors: [], requests: [], dialogs: [] };
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  page.on('pageerror', (e) => watch.errors.push(String(e)));
  page.on('request', (r) => watch.requests.push(r.url()));
  page.on('dialog', (d) => {
    watch.dialogs.push(d.message());
    void d.dismiss();
  });
  await page.goto(pathToFileURL(file).href);
  await page.waitForFunction(() => (window as unknown as { clusterGraphViewer?: unknown }).clusterGraphViewer !== undefined, null, { timeout: 20_000 });
  return { page, watch };
}

async function memberPoint(page: Page, i: number, relativeTo: string | null): Promise<{ x: number; y: number }> {
  const p = await page.evaluate((k) => (window as unknown as { clusterGraphViewer: { memberPosition(i: number): { x: number; y: number } | null } }).clusterGraphViewer.memberPosition(k), i);
  expect(p).not.toBeNull();
  if (!relativeTo) return p!;
  const box = (await page.locator(relativeTo).boundingBox())!;
  return { x: box.x + p!.x, y: box.y + p!.y };
}

/** Distinct colours of a PNG, counted by decoding it in the browser (2D canvas). */
async function distinctColours(browser: Browser, png: Buffer): Promise<number> {
  const page = await browser.newPage();
  await page.setContent('<canvas id="c"></canvas>');
  const n = await page.evaluate(async (b64) => {
    const img = new Image();
    img.src = `data:image/png;base64,${b64}`;
    await img.decode();
    const c = document.getElementById('c') as HTMLCanvasElement;
    c.width = img.width;
    c.height = img.height;
    const ctx = c.getContext('2d')!;
    ctx.drawImage(img, 0, 0);
    const d = ctx.getImageData(0, 0, c.width, c.height).data;
    const seen = new Set<number>();
    for (let i = 0; i < d.length && seen.size < 1000; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
    return seen.size;
  }, png.toString('base64'));
  await page.close();
  return n;
}

const pageOnly = (urls: string[], file: string) => urls.filter((u) => u !== pathToFileURL(file).href && !u.startsWith('data:'));

describe.skipIf(!haveChromium)('HTML report in headless Chromium', () => {
  beforeAll(async () => {
    execFileSync(process.execPath, ['scripts/build-viewer.mjs'], { stdio: 'pipe' });
    dir = mkdtempSync(join(tmpdir(), 'cg-html-'));
    report = frozenReport();
    exampleFile = join(dir, 'example.html');
    writeFileSync(exampleFile, renderHtml(report, await exampleGraph()));
    const hostileDir = join(dir, 'hostile');
    execFileSync('mkdir', ['-p', hostileDir]);
    writeFileSync(
      join(hostileDir, 'members.csv'),
      'id,name,type,level\n__proto__,<script>alert(1)</script>,university,national\nconstructor,"</script><script>alert(2)</script>",school,institution\nx1,<img src=x onerror=alert(3)>,business,regional\nx2,Plain,ngo,national\n',
    );
    writeFileSync(join(hostileDir, 'ties.csv'), 'source,target,weight\n__proto__,constructor,2\nconstructor,x1,1\nx1,x2,1\n');
    const hostile = await readInput({ members: join(hostileDir, 'members.csv') });
    hostileFile = join(dir, 'hostile.html');
    writeFileSync(hostileFile, renderHtml(await analyze(hostile, { permutations: 20 }), hostile.toGraph()));
    // Crowded: 40 members with long names, every one asked to carry a label.
    const crowdedDir = join(dir, 'crowded');
    execFileSync('mkdir', ['-p', crowdedDir]);
    const ids = Array.from({ length: 40 }, (_, i) => `m${i}`);
    writeFileSync(join(crowdedDir, 'members.csv'), 'id,name,type\n' + ids.map((id, i) => `${id},Regional Vocational College of Applied Sciences No. ${i},college`).join('\n') + '\n');
    const ties = ids.flatMap((id, i) => [`${id},${ids[(i + 1) % 40]}`, `${id},${ids[(i + 7) % 40]}`]);
    writeFileSync(join(crowdedDir, 'ties.csv'), 'source,target\n' + ties.join('\n') + '\n');
    const crowded = await readInput({ members: join(crowdedDir, 'members.csv') });
    crowdedFile = join(dir, 'crowded.html');
    writeFileSync(crowdedFile, renderHtml(await analyze(crowded, { permutations: 0 }), crowded.toGraph(), { labels: 40 }));
  });

  describe('with WebGL', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath, args: WEBGL_ARGS });
    });
    afterAll(async () => browser?.close());

    it('draws one mark per member with sigma, shows figures on hover and click, makes no request', async () => {
      const { page, watch } = await open(browser, exampleFile);
      const network = page.locator('#network');
      await expect.poll(() => network.getAttribute('data-renderer')).toBe('webgl');
      expect(Number(await network.getAttribute('data-members'))).toBe(report.members.length);
      expect(await page.locator('#static-figure').isHidden()).toBe(true);

      // Hover the member with the largest betweenness (the largest mark).
      const order = await page.evaluate(() => JSON.parse(document.getElementById('report-data')!.textContent!).members.map((m: { id: string }) => m.id) as string[]);
      const top = [...report.members].sort((a, b) => b.betweenness - a.betweenness)[0];
      const i = order.indexOf(top.id);
      // The findings open the page: bring the drawing into view before pointing at a member.
      await network.scrollIntoViewIfNeeded();
      const p = await memberPoint(page, i, '#network');
      await page.mouse.move(p.x - 30, p.y - 30);
      await page.mouse.move(p.x, p.y, { steps: 5 });
      await expect.poll(() => page.locator('#panel h3').textContent()).toBe(top.name);
      const panel = (await page.locator('#panel').textContent())!;
      expect(panel).toContain('betweenness');
      expect(panel).toContain(top.betweenness.toFixed(3));
      expect(panel).toContain(`id: ${top.id}`);

      // Click another member.
      const other = [...report.members].sort((a, b) => b.degree - a.degree).find((m) => m.id !== top.id)!;
      const q = await memberPoint(page, order.indexOf(other.id), '#network');
      await page.mouse.move(q.x, q.y, { steps: 5 });
      await page.mouse.click(q.x, q.y);
      await expect.poll(() => page.locator('#panel h3').textContent()).toBe(other.name);

      // Sortable table: clicking "degree" sorts descending.
      await page.locator('#members thead th', { hasText: /^degree$/ }).click();
      const firstRow = await page.locator('#members tbody tr').first().locator('td').first().textContent();
      expect(firstRow).toBe([...report.members].sort((a, b) => b.degree - a.degree)[0].name);

      const shot = await network.screenshot();
      expect(await distinctColours(browser, shot)).toBeGreaterThan(5);
      expect(watch.errors).toEqual([]);
      expect(pageOnly(watch.requests, exampleFile)).toEqual([]);
      await page.close();
    });

    it('draws member labels inside the canvas and never over one another', async () => {
      const page = await browser.newPage({ viewport: { width: 1300, height: 900 } });
      // Record what is drawn on sigma's label canvas: every clear starts a frame; each fillText is a label box.
      await page.addInitScript(() => {
        type Box = { text: string; x0: number; x1: number; y0: number; y1: number };
        const w = window as unknown as { __labels: Box[]; __labelCanvas: { w: number; h: number } | null };
        w.__labels = [];
        w.__labelCanvas = null;
        const proto = CanvasRenderingContext2D.prototype;
        const fill = proto.fillText;
        const clear = proto.clearRect;
        const isLabels = (c: CanvasRenderingContext2D) => c.canvas.classList.contains('sigma-labels');
        proto.clearRect = function (this: CanvasRenderingContext2D, ...args: [number, number, number, number]) {
          if (isLabels(this)) {
            w.__labels = [];
            w.__labelCanvas = { w: this.canvas.clientWidth, h: this.canvas.clientHeight };
          }
          return clear.apply(this, args);
        };
        proto.fillText = function (this: CanvasRenderingContext2D, text: string, x: number, y: number, maxWidth?: number) {
          if (isLabels(this)) {
            const m = this.measureText(text);
            const align = this.textAlign;
            const x0 = align === 'center' ? x - m.width / 2 : align === 'right' || align === 'end' ? x - m.width : x;
            w.__labels.push({ text, x0, x1: x0 + m.width, y0: y - m.actualBoundingBoxAscent, y1: y + m.actualBoundingBoxDescent });
          }
          return maxWidth === undefined ? fill.call(this, text, x, y) : fill.call(this, text, x, y, maxWidth);
        };
      });
      await page.goto(pathToFileURL(crowdedFile).href);
      await page.waitForFunction(() => (window as unknown as { clusterGraphViewer?: unknown }).clusterGraphViewer !== undefined, null, { timeout: 20_000 });
      await page.waitForTimeout(800);
      const { labels, canvas } = await page.evaluate(() => {
        const w = window as unknown as { __labels: { text: string; x0: number; x1: number; y0: number; y1: number }[]; __labelCanvas: { w: number; h: number } };
        return { labels: w.__labels, canvas: w.__labelCanvas };
      });
      expect(canvas).not.toBeNull();
      expect(labels.length).toBeGreaterThan(3);
      for (const b of labels) {
        expect(b.x0, b.text).toBeGreaterThanOrEqual(0);
        expect(b.x1, b.text).toBeLessThanOrEqual(canvas.w);
        expect(b.y0, b.text).toBeGreaterThanOrEqual(0);
        expect(b.y1, b.text).toBeLessThanOrEqual(canvas.h);
      }
      for (let i = 0; i < labels.length; i++) {
        for (let j = i + 1; j < labels.length; j++) {
          const a = labels[i];
          const b = labels[j];
          const overlap = a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1;
          expect(overlap, `${a.text} / ${b.text}`).toBe(false);
        }
      }
      await page.close();
    });

    it('shows a hostile name as text and opens no dialog', async () => {
      const { page, watch } = await open(browser, hostileFile);
      await page.waitForTimeout(300);
      const cells = await page.locator('#members tbody td').allTextContents();
      expect(cells).toContain('<script>alert(1)</script>');
      expect(cells).toContain('</script><script>alert(2)</script>');
      expect(cells).toContain('<img src=x onerror=alert(3)>');
      const order = await page.evaluate(() => JSON.parse(document.getElementById('report-data')!.textContent!).members.map((m: { id: string }) => m.id) as string[]);
      // The findings open the page: bring the drawing into the viewport before pointing at a member.
      await page.locator('#network').scrollIntoViewIfNeeded();
      const p = await memberPoint(page, order.indexOf('__proto__'), '#network');
      await page.mouse.move(p.x - 20, p.y - 20);
      await page.mouse.move(p.x, p.y, { steps: 5 });
      await page.mouse.click(p.x, p.y);
      await expect.poll(() => page.locator('#panel h3').textContent()).toBe('<script>alert(1)</script>');
      await page.waitForTimeout(300);
      expect(watch.dialogs).toEqual([]);
      expect(watch.errors).toEqual([]);
      expect(pageOnly(watch.requests, hostileFile)).toEqual([]);
      await page.close();
    });
  });

  describe('without WebGL', () => {
    let browser: Browser;
    beforeAll(async () => {
      browser = await chromium.launch({ executablePath, args: NO_WEBGL_ARGS });
    });
    afterAll(async () => browser?.close());

    it('shows the static SVG with one circle per member and a note', async () => {
      const { page, watch } = await open(browser, exampleFile);
      expect(await page.locator('#network').getAttribute('data-renderer')).toBe('svg');
      expect(await page.locator('#static-figure').isVisible()).toBe(true);
      expect(await page.locator('#static-figure svg circle[data-id]').count()).toBe(report.members.length);
      expect(await page.locator('#figure-note').textContent()).toContain('WebGL is not available');
      const top = [...report.members].sort((a, b) => b.betweenness - a.betweenness)[0];
      await page.locator(`#static-figure circle[data-id="${top.id}"]`).click({ force: true });
      await expect.poll(() => page.locator('#panel h3').textContent()).toBe(top.name);
      const shot = await page.locator('#static-figure').screenshot();
      expect(await distinctColours(browser, shot)).toBeGreaterThan(5);
      expect(watch.errors).toEqual([]);
      expect(pageOnly(watch.requests, exampleFile)).toEqual([]);
      await page.close();
    });
  });
});
