import { describe, expect, it, beforeAll } from 'vitest';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/io/read-input.js';
import { analyze } from '../../src/analysis/analyze.js';
import type { Report } from '../../src/analysis/report-types.js';
import type { ClusterGraph } from '../../src/model/types.js';
import { renderHtml, scriptJson } from '../../src/report/html.js';
import { topic } from '../../src/report/catalogue/index.js';
import { exampleGraph, frozenReport } from '../helpers/frozen-report.js';

async function hostileCluster(): Promise<{ report: Report; graph: ClusterGraph }> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-hostile-'));
  writeFileSync(
    join(dir, 'members.csv'),
    [
      'id,name,type,level',
      '__proto__,<script>alert(1)</script>,university,national',
      'constructor,a & b,school,institution',
      'x1,"</script><script>alert(1)</script>",business,regional',
      'x2,<!-- comment,ngo,national',
      'x3,Plain,school,institution',
    ].join('\n') + '\n',
  );
  writeFileSync(join(dir, 'ties.csv'), 'source,target,weight\n__proto__,constructor,2\nconstructor,x1,1\nx1,x2,1\nx2,__proto__,3\n');
  const data = await readInput({ members: join(dir, 'members.csv') });
  return { report: await analyze(data, { permutations: 50 }), graph: data.toGraph() };
}

function embeddedData(html: string): { members: { id: string; name: string; x: number; y: number; values: unknown[] }[]; fields: { key: string }[]; ties: unknown[] } {
  const m = /<script type="application\/json" id="report-data">([\s\S]*?)<\/script>/.exec(html);
  expect(m).not.toBeNull();
  return JSON.parse(m![1]);
}

let report: Report;
let graph: ClusterGraph;
let html: string;

beforeAll(async () => {
  execFileSync(process.execPath, ['scripts/build-viewer.mjs'], { stdio: 'pipe' });
  graph = await exampleGraph();
  report = frozenReport();
  html = renderHtml(report, graph);
});

describe('renderHtml', () => {
  it('references nothing outside the file', () => {
    // The only URLs allowed are XML namespace names (never fetched).
    const urls = html.match(/https?:\/\/[^\s"'<>)]*/g) ?? [];
    expect(urls.filter((u) => !u.startsWith('http://www.w3.org/'))).toEqual([]);
    expect(html).not.toMatch(/\ssrc\s*=/i);
    expect(html).not.toMatch(/<link\b/i);
    expect(html).not.toMatch(/@import|url\(/i);
    expect(html).not.toMatch(/\shref\s*=\s*(?!["']?#)/i);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none';`);
    // Exactly the data block and the inlined viewer.
    expect(html.match(/<script\b/g)!.length).toBe(2);
  });

  it('embeds the data as JSON with one entry per member, figures from the report', () => {
    const data = embeddedData(html);
    expect(data.members.length).toBe(report.members.length);
    expect(new Set(data.members.map((m) => m.id))).toEqual(new Set(graph.nodes()));
    expect(data.ties.length).toBe(graph.size);
    const k = data.fields.findIndex((f) => f.key === 'betweenness');
    const byId = new Map(report.members.map((m) => [m.id, m]));
    for (const m of data.members) {
      expect(m.values[k]).toBe(byId.get(m.id)!.betweenness);
      expect(Number.isFinite(m.x) && Number.isFinite(m.y)).toBe(true);
    }
    for (const key of ['brokerage.liaison', 'constraint', 'fragmentation', 'pagerank', 'community']) expect(data.fields.map((f) => f.key)).toContain(key);
  });

  it('shows every indicator with its reading, definition and citation, the static figure, and the options', () => {
    for (const key of ['density', 'centralization', 'efficiency', 'eiIndex', 'mixing', 'assortativity', 'orientation', 'tripleHelix', 'brokerage', 'structuralHoles', 'resilience', 'keyPlayers', 'corePeriphery', 'communities']) {
      expect(html).toContain(`id="ind-${key}"`);
      expect(html).toContain(topic(key).citation.replace(/&/g, '&amp;').replace(/'/g, '&#39;'));
    }
    expect(html).toContain('random-tie baseline');
    expect(html).toContain('permutation p');
    expect(html).toContain('Articulation points:');
    expect(html.match(/<table class="sortable">/g)!.length).toBeGreaterThan(3);
    const svgCircles = html.match(/<circle data-id=/g)!.length;
    expect(svgCircles).toBe(graph.order);
    expect(html).toContain(`${report.generator.name} ${report.generator.version}`);
    expect(html).toContain('Analysis options:');
  });

  it('is byte-identical for the same input', () => {
    expect(renderHtml(report, graph)).toBe(html);
    expect(html).not.toMatch(/\d{4}-\d{2}-\d{2}T\d{2}:/);
  });

  it('keeps hostile names as text and data', async () => {
    const { report: r, graph: g } = await hostileCluster();
    const out = renderHtml(r, g);
    expect(out.match(/<script\b/gi)!.length).toBe(2);
    expect(out.match(/<\/script/gi)!.length).toBe(2);
    expect(out).not.toContain('<!-- comment');
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('a &amp; b');
    const data = embeddedData(out);
    expect(data.members.map((m) => m.name).sort()).toEqual(['</script><script>alert(1)</script>', '<!-- comment', '<script>alert(1)</script>', 'Plain', 'a & b'].sort());
    expect(data.members.map((m) => m.id)).toContain('__proto__');
    expect(scriptJson({ a: '</script>\u2028&' })).toBe('{"a":"\\u003c/script\\u003e\\u2028\\u0026"}');
  });
});
