/**
 * The evolution HTML of the bundled example in a real headless Chromium (playwright-core): no console
 * error, one chart per indicator with a drawn line, the network once per year, and a non-blank page.
 * Skipped only when no Chromium executable exists ($CHROMIUM_PATH or /usr/bin/chromium).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { chromium, type Browser } from 'playwright-core';
import { readInput } from '../../src/io/read-input.js';
import { evolve } from '../../src/analysis/evolve.js';
import { yearSnapshots } from '../../src/analysis/years.js';
import { renderEvolutionHtml } from '../../src/report/evolution/html.js';
import { indicatorsOf } from '../../src/report/evolution/indicators.js';

const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const haveChromium = existsSync(executablePath);
if (!haveChromium) console.warn(`evolution.browser.test.ts SKIPPED: no Chromium at ${executablePath}`);

let browser: Browser;
let file: string;
let indicators: string[];
const years = [2015, 2017, 2019, 2021, 2023, 2025];

describe.skipIf(!haveChromium)('evolution HTML in headless Chromium', () => {
  beforeAll(async () => {
    const data = await readInput({ members: 'fixtures/example/members.csv' });
    const e = await evolve(data, { years, permutations: 50 });
    indicators = indicatorsOf(e.years).map((i) => i.name);
    file = join(mkdtempSync(join(tmpdir(), 'cg-evolution-')), 'evolution.html');
    writeFileSync(file, renderEvolutionHtml(e, yearSnapshots(data, years, years.map(() => 'years'))));
    browser = await chromium.launch({ executablePath, args: ['--headless=new', '--no-sandbox', '--disable-background-networking', '--disable-component-update', '--no-first-run'] });
  }, 60_000);
  afterAll(async () => {
    await browser?.close();
  });

  it('has no console errors, one chart per indicator, the network per year, and is not blank', async () => {
    const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    const errors: string[] = [];
    const requests: string[] = [];
    page.on('console', (m) => {
      if (m.type() === 'error') errors.push(m.text());
    });
    page.on('pageerror', (err) => errors.push(String(err)));
    page.on('request', (r) => requests.push(r.url()));
    await page.goto(pathToFileURL(file).href);
    expect(errors).toEqual([]);
    expect(requests.every((u) => u.startsWith('file:'))).toBe(true); // nothing from a CDN
    const charts = await page.$$eval('figure.chart', (fs) => fs.map((f) => f.getAttribute('data-indicator')));
    expect(charts).toEqual(indicators);
    // Each chart draws a line through every year: a path with one M and (years − 1) L, and a box of real size.
    const shapes = await page.$$eval('figure.chart svg', (svgs) =>
      svgs.map((s) => ({ d: s.querySelector('path')?.getAttribute('d') ?? '', dots: s.querySelectorAll('circle').length, w: s.getBoundingClientRect().width, h: s.getBoundingClientRect().height })),
    );
    for (const s of shapes) {
      expect(s.dots).toBe(years.length);
      expect((s.d.match(/L/g) ?? []).length).toBe(years.length - 1);
      expect(s.w).toBeGreaterThan(100);
      expect(s.h).toBeGreaterThan(50);
    }
    expect(await page.$$eval('figure.network', (fs) => fs.map((f) => f.getAttribute('data-year')))).toEqual(years.map(String));
    // Same positions: a member drawn in two years sits at the same point.
    const positions = await page.$$eval('figure.network', (fs) =>
      fs.map((f) => Object.fromEntries([...f.querySelectorAll('circle')].map((c) => [c.querySelector('title')?.textContent ?? '', `${c.getAttribute('cx')},${c.getAttribute('cy')}`]))),
    );
    const first = positions[0];
    const last = positions[positions.length - 1];
    const shared = Object.keys(first).filter((k) => k in last);
    expect(shared.length).toBeGreaterThan(5);
    for (const k of shared) expect(last[k]).toBe(first[k]);
    // Non-blank: the screenshot of the first chart has many colours.
    const png = await page.locator('figure.chart').first().screenshot();
    // Decoded in the page (2D canvas); a string, so that the test needs no DOM types.
    const colours = (await page.evaluate(`(async () => {
      const img = new Image();
      img.src = 'data:image/png;base64,${png.toString('base64')}';
      await img.decode();
      const c = document.createElement('canvas');
      c.width = img.width;
      c.height = img.height;
      const ctx = c.getContext('2d');
      ctx.drawImage(img, 0, 0);
      const d = ctx.getImageData(0, 0, c.width, c.height).data;
      const seen = new Set();
      for (let i = 0; i < d.length; i += 4) seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
      return seen.size;
    })()`)) as number;
    expect(colours).toBeGreaterThan(20);
    await page.close();
  }, 60_000);
});
