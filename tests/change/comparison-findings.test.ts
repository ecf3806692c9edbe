/**
 * The findings of a comparison (`compareClusters` → `findings`): on the two-wave fixtures of
 * fixtures/change/, every finding's value is the number at its indicator path in the comparison JSON;
 * the text, Markdown, HTML and CSV renderings open with them; rules that do not fire leave no finding;
 * `--findings-config` changes them on the CLI.
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/io/read-input.js';
import { compareClusters } from '../../src/analysis/compare.js';
import type { ComparisonReport } from '../../src/analysis/report-types.js';
import { renderChangeJson } from '../../src/report/comparison/json.js';
import { renderComparisonText } from '../../src/report/comparison/text.js';
import { renderComparisonMarkdown } from '../../src/report/comparison/markdown.js';
import { renderComparisonHtml } from '../../src/report/comparison/html.js';
import { renderComparisonCsv } from '../../src/report/comparison/csv.js';

const read = (folder: string, wave: string, directed = false) =>
  readInput({ members: `fixtures/change/${folder}/${wave}-members.csv`, ties: `fixtures/change/${folder}/${wave}-ties.csv` }, { directed });
const waves = async (folder: string) => {
  const directed = folder === 'd';
  return { before: await read(folder, 'before', directed), after: await read(folder, 'after', directed) };
};
/** The value at a dotted path of a parsed JSON object (written here, not taken from the library). */
function at(root: unknown, path: string): unknown {
  return path.split('.').reduce<unknown>((node, key) => (node !== null && typeof node === 'object' ? (node as Record<string, unknown>)[key] : undefined), root);
}

describe('comparison findings', () => {
  for (const folder of ['u', 'd', 'w', 'x']) {
    it(`${folder}/: findings whose values are the numbers at their indicator paths of the comparison JSON`, async () => {
      const w = await waves(folder);
      const c = await compareClusters(w.before, w.after, { permutations: 0 });
      expect(c.findings.length).toBeGreaterThan(0);
      const json = JSON.parse(renderChangeJson(c)) as ComparisonReport;
      expect(json.findings).toEqual(c.findings);
      for (const f of c.findings) {
        expect(typeof at(json, f.indicator), f.indicator).toBe('number');
        expect(at(json, f.indicator), `${f.id} at ${f.indicator}`).toBe(f.value);
      }
      // The Jaccard band rule reads ties.jaccard; the risers rule the first riser of a rank section.
      const band = c.findings.find((f) => f.id === 'tie-change-stable' || f.id === 'tie-change-low');
      if (band) expect(band.value).toBe(c.ties.jaccard);
      for (const f of c.findings.filter((x) => x.id === 'risers-fallers')) expect(f.evidence.members.length).toBeGreaterThan(0);
    });
  }

  it('the text, Markdown, HTML and CSV open with the findings', async () => {
    const w = await waves('x');
    const c = await compareClusters(w.before, w.after, { permutations: 0 });
    const lines = renderComparisonText(c).split('\n');
    // The title and the options line, then the findings block, then the tables.
    expect(lines[0]).toMatch(/^Comparison: /);
    expect(lines.slice(2, 4)).toEqual(['', 'Findings']);
    const members = lines.indexOf('Members (matched by id)');
    const block = lines.slice(3, members).join('\n');
    for (const f of c.findings) {
      expect(block).toContain(f.title);
      expect(block).toContain(`[${f.indicator} = `);
    }
    expect(block).toContain('Threats');
    const md = renderComparisonMarkdown(c);
    expect(md.indexOf('## Findings')).toBeGreaterThan(0);
    expect(md.indexOf('## Findings')).toBeLessThan(md.indexOf('## Members'));
    for (const f of c.findings) expect(md).toContain(`*Indicator:* \`${f.indicator}\``);
    const html = renderComparisonHtml(c, w);
    expect(html.indexOf('<section id="findings">')).toBeGreaterThan(0);
    expect(html.indexOf('<section id="findings">')).toBeLessThan(html.indexOf('<h2>The two waves</h2>'));
    expect(html).toContain('.swot{');
    expect(html).not.toMatch(/<script|class="finding-link"/);
    expect((html.match(/<li class="finding"/g) ?? []).length).toBe(c.findings.length);
    const csv = renderComparisonCsv(c, { before: w.before.members.ids, after: w.after.members.ids });
    expect(csv[0].name).toBe('comparison-findings.csv');
    const rows = csv[0].content.replace(/^\uFEFF/, '').trim().split(/\r\n/);
    expect(rows[0]).toMatch(/^id,category,severity,title,indicator,value,/);
    expect(rows.length).toBe(c.findings.length + 1);
  });

  it('rules that do not fire leave no finding: u/ changes its ties by −7 % (neither growth nor shrinkage of 10 %)', async () => {
    const u = await waves('u');
    const c = await compareClusters(u.before, u.after, { permutations: 0 });
    expect([c.before.ties, c.after.ties]).toEqual([70, 65]);
    expect(c.findings.map((f) => f.id)).not.toContain('growth');
    expect(c.findings.map((f) => f.id)).not.toContain('shrinkage');
    expect(c.findings.map((f) => f.id)).toContain('tie-change-stable');
    // w/ grows 40 → 46 (≥ 44), x/ shrinks 12 → 8 (≤ 10.8): those rules fire there.
    const w = await waves('w');
    const grown = await compareClusters(w.before, w.after, { permutations: 0 });
    expect(grown.findings.find((f) => f.id === 'growth')?.value).toBe(46);
    const x = await waves('x');
    const shrunk = await compareClusters(x.before, x.after, { permutations: 0 });
    expect(shrunk.findings.find((f) => f.id === 'shrinkage')?.category).toBe('threat');
  });

  it('the thresholds of the findings config move the Jaccard band (u/: Jaccard 0.506)', async () => {
    const u = await waves('u');
    const moderate = await compareClusters(u.before, u.after, { permutations: 0, findings: { jaccardGood: 0.6 } });
    expect(moderate.findings.some((f) => f.id.startsWith('tie-change-'))).toBe(false);
    const low = await compareClusters(u.before, u.after, { permutations: 0, findings: { jaccardLow: 0.55, jaccardGood: 0.6 } });
    const f = low.findings.find((x) => x.id === 'tie-change-low')!;
    expect(f.value).toBe(low.ties.jaccard);
    expect(f.threshold.value).toBe(0.55);
    expect(f.category).toBe('threat');
    expect(low.findings.some((x) => x.id === 'tie-change-stable')).toBe(false);
  });

  it('CLI: compare --findings-config changes the findings; a bad file exits 2 naming it and the key', () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-cmp-findings-'));
    writeFileSync(join(dir, 'bad.json'), '{"jaccardGood": "high"}');
    writeFileSync(join(dir, 'good.json'), '{"jaccardLow": 0.55, "jaccardGood": 0.6}');
    const U = 'fixtures/change/u';
    const run = (extra: string[]) =>
      spawnSync(process.execPath, [join('bin', 'cluster-graph.js'), 'compare', `${U}/before-members.csv`, `${U}/after-members.csv`, '--before-ties', `${U}/before-ties.csv`, '--after-ties', `${U}/after-ties.csv`, '--permutations', '0', '--format', 'json', ...extra], { encoding: 'utf8' });
    const bad = run(['--findings-config', join(dir, 'bad.json')]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toMatch(/bad\.json.*jaccardGood/s);
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    const ids = (r: ReturnType<typeof run>) => (JSON.parse(r.stdout) as ComparisonReport).findings.map((f) => f.id);
    expect(ids(run([]))).toContain('tie-change-stable');
    expect(ids(run(['--findings-config', join(dir, 'good.json')]))).toContain('tie-change-low');
  }, 60_000);
});
