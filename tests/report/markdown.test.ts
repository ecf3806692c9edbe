import { describe, expect, it } from 'vitest';
import { analyze } from '../../src/analysis/analyze.js';
import { clusterFromGraph } from '../../src/model/from-graph.js';
import { UndirectedGraph } from 'graphology';
import { buildCluster } from '../../src/io/build-cluster.js';
import type { ClusterGraph } from '../../src/model/types.js';
import type { Report } from '../../src/analysis/report-types.js';
import { escapeMarkdown, renderMarkdown } from '../../src/report/markdown.js';
import { frozenReport } from '../helpers/frozen-report.js';

async function exampleReport(): Promise<Report> {
  return frozenReport();
}

/** Cells of a GFM table row, split on unescaped pipes. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/\|$/, '');
  return inner.split(/(?<!\\)\|/).map((c) => c.trim());
}

/** Every GFM table of a document: header, alignment row, body rows. */
function tables(md: string): string[][][] {
  const out: string[][][] = [];
  let current: string[][] | null = null;
  for (const line of md.split('\n')) {
    if (line.startsWith('|')) {
      if (!current) out.push((current = []));
      current.push(cells(line));
    } else current = null;
  }
  return out;
}

/** The table that follows a heading. */
function tableAfter(md: string, heading: string): string[][] {
  const at = md.indexOf(`\n${heading}\n`);
  expect(at, heading).toBeGreaterThanOrEqual(0);
  return tables(md.slice(at))[0];
}

describe('escapeMarkdown', () => {
  it('keeps markup as text', () => {
    expect(escapeMarkdown('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeMarkdown('a|b')).toBe('a\\|b');
    expect(escapeMarkdown('*bold* _it_ `code` [x](y) ~s~')).toBe('\\*bold\\* \\_it\\_ \\`code\\` \\[x\\](y) \\~s\\~');
    expect(escapeMarkdown('line1\nline2\r\nline3\rline4')).toBe('line1 line2 line3 line4');
    expect(escapeMarkdown('back\\slash')).toBe('back\\\\slash');
    expect(escapeMarkdown('&lt; and R&D')).toBe('&amp;lt; and R&D');
    expect(escapeMarkdown('bell\u0007')).toBe('bell\ufffd');
    expect(escapeMarkdown('Лицей № 1')).toBe('Лицей № 1');
  });
});

describe('renderMarkdown', () => {
  it('renders every section of the example as well-formed tables', async () => {
    const report = await exampleReport();
    const md = renderMarkdown(report);
    for (const heading of [
      '## Summary',
      '## Top members (top 10)',
      '### Betweenness',
      '## Communities',
      '### E-I index (Krackhardt & Stern 1988)',
      '### E-I index by group',
      '### Mixing matrix (tie counts)',
      '### Mixing matrix (tie weights)',
      '### Assortativity (Newman)',
      '### Tie orientation',
      '### Triple Helix (Leydesdorff)',
      '### Totals',
      '### Top brokers (top 10)',
      '## Structural holes (Burt)',
      '## Centralization (Freeman)',
      '## Cohesion',
      '### Articulation points (4)',
      '### Bridges (4)',
      '### Key players',
      '### Core–periphery (Borgatti & Everett)',
      '## Options',
      '## Input',
      '## Warnings (0)',
    ]) {
      expect(md, heading).toContain(`\n${heading}\n`);
    }
    for (const t of tables(md)) {
      expect(t.length).toBeGreaterThanOrEqual(2);
      expect(t[1].every((c) => c === ':---' || c === '---:')).toBe(true);
      for (const row of t) expect(row.length).toBe(t[0].length);
    }
    expect(md).toContain(`${report.generator.name} ${report.generator.version}`);
    // One reading under each indicator table.
    expect(md.match(/^\*Reading:\* /gm)!.length).toBeGreaterThanOrEqual(20);
    expect(md.endsWith('\n')).toBe(true);
    expect(renderMarkdown(await exampleReport())).toBe(md);
  });

  it('shows the report values with the documented precision', async () => {
    const report = await exampleReport();
    const md = renderMarkdown(report, { top: 3 });
    const summary = tableAfter(md, '## Summary');
    const value = (t: string[][], label: string) => t.find((r) => r[0] === label)?.[1];
    expect(value(summary, 'Density')).toBe(report.summary.density.toFixed(3));
    expect(value(summary, 'Members')).toBe(String(report.summary.members));
    const ei = tableAfter(md, '### E-I index (Krackhardt & Stern 1988)');
    expect(value(ei, 'E-I index (tie counts)')).toBe(report.synergy.eiIndex.overall!.toFixed(3));
    expect(value(ei, 'Random-tie baseline')).toBe(report.synergy.eiIndex.baseline!.toFixed(3));
    expect(value(ei, 'Attainable range')).toBe(`${report.synergy.eiIndex.range[0]} … ${report.synergy.eiIndex.range[1]}`);
    expect(value(ei, 'Permutation p (two-sided)')).toMatch(new RegExp(`^${report.synergy.eiIndex.pValue!.toFixed(3)} \\(200 permutations, seed 42\\)$`));
    const central = tableAfter(md, '## Centralization (Freeman)');
    expect(value(central, 'Closeness')).toBe('— (not defined: the graph is not connected (closeness needs every member to reach every other))'); // null: the example is disconnected, and the cell says so
    const deg = tableAfter(md, '### Degree');
    expect(deg).toHaveLength(2 + 3);
    const byDegree = [...report.members].map((m, i) => ({ m, i })).sort((a, b) => b.m.degree - a.m.degree || a.i - b.i);
    expect(deg[2][2]).toBe(String(byDegree[0].m.degree));
    expect(deg[2][1]).toContain(`(${byDegree[0].m.id})`);
    const mix = tableAfter(md, '### Mixing matrix (tie counts)');
    expect(mix[0].slice(1)).toEqual(report.synergy.mixing.groups);
    expect(mix.slice(2).map((r) => r.slice(1).map(Number))).toEqual(report.synergy.mixing.counts);
    const totals = tableAfter(md, '### Totals');
    expect(totals.slice(2).map((r) => r[0])).toEqual(report.brokerage.roles);
    const kp = tableAfter(md, '### Key players');
    expect(kp.slice(2).map((r) => r[1])).toHaveLength(3);
  });

  it('escapes hostile names, groups and warnings', async () => {
    const data = buildCluster({
      members: [
        'id,name,sector',
        'constructor,<script>alert(1)</script>,a|b',
        '__proto__,"*bold* [x](y) `c`",a|b',
        'P,"two\nlines",c',
        'Q,=1+1,c',
      ].join('\n'),
      ties: 'source,target\nconstructor,P\n__proto__,Q\nP,Q\nconstructor,Q\n',
    });
    const report = await analyze(data, { permutations: 50 });
    report.warnings.push({ code: 'x', message: 'bad <b>value</b> | here', file: 'm.csv', line: 3, column: 'name', count: 2 });
    const md = renderMarkdown(report);
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<b>');
    expect(md).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(md).toContain('\\*bold\\* \\[x\\](y) \\`c\\`');
    expect(md).toContain('two lines');
    expect(md).toContain('a\\|b');
    expect(md).toContain('bad &lt;b&gt;value&lt;/b&gt; \\| here');
    for (const t of tables(md)) for (const row of t) expect(row.length).toBe(t[0].length);
  });

  it('says when there are no joint projects and handles an empty cluster', async () => {
    const report = await exampleReport();
    report.synergy.tripleHelix = null;
    expect(renderMarkdown(report)).toContain('No joint projects were given');
    // The reader refuses a members file without rows; an empty graph can still reach the renderer.
    const graph = new UndirectedGraph({ allowSelfLoops: false }) as unknown as ClusterGraph;
    const input = { files: { members: null, ties: null }, members: { rows: 0, used: 0, skipped: [] }, ties: { rows: 0, used: 0, merged: 0, skipped: [] } };
    const empty = await analyze(clusterFromGraph(graph, { input }), { permutations: 10 });
    const md = renderMarkdown(empty);
    expect(md).toContain('| Members | 0 |');
    for (const t of tables(md)) for (const row of t) expect(row.length).toBe(t[0].length);
  });
});
