import { describe, expect, it, beforeAll } from 'vitest';
import { DOMParser } from '@xmldom/xmldom';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { UndirectedGraph } from 'graphology';
import { readInput } from '../../src/io/read-input.js';
import { analyze } from '../../src/analysis/analyze.js';
import type { Report } from '../../src/analysis/report-types.js';
import type { ClusterGraph } from '../../src/model/types.js';
import { computeLayout } from '../../src/report/layout.js';
import { boxesOverlap, escapeXml, labelBox, renderSvg } from '../../src/report/svg.js';
import { exampleGraph, frozenReport } from '../helpers/frozen-report.js';
import { colorScheme, GROUP_PALETTE, MISSING_COLOR, OTHER_COLOR } from '../../src/report/palette.js';

type El = { getAttribute(n: string): string | null; textContent: string | null; getElementsByTagName(n: string): ArrayLike<El> };

function parse(svg: string): El {
  const errors: string[] = [];
  const doc = new DOMParser({ onError: (level: string, msg: string) => void (level !== 'warning' && errors.push(msg)) }).parseFromString(svg, 'image/svg+xml');
  expect(errors).toEqual([]);
  return doc.documentElement as unknown as El;
}

const all = (el: El, tag: string): El[] => Array.from(el.getElementsByTagName(tag));

async function hostileCluster(): Promise<{ report: Report; graph: ClusterGraph }> {
  const dir = mkdtempSync(join(tmpdir(), 'cg-hostile-'));
  writeFileSync(
    join(dir, 'members.csv'),
    [
      'id,name,type,level',
      '__proto__,<script>alert(1)</script>,university,national',
      'constructor,a & b,school,institution',
      'x1,"</script><script>alert(1)</script>",business,regional',
      `x2,"Quote "" and ' apostrophe",ngo,national`,
      'x3,Plain,school,institution',
    ].join('\n') + '\n',
  );
  writeFileSync(join(dir, 'ties.csv'), 'source,target,weight\n__proto__,constructor,2\nconstructor,x1,1\nx1,x2,1\nx2,__proto__,3\n');
  const data = await readInput({ members: join(dir, 'members.csv') });
  return { report: await analyze(data, { permutations: 50 }), graph: data.toGraph() };
}

let report: Report;
let graph: ClusterGraph;
let svg: string;

beforeAll(async () => {
  graph = await exampleGraph();
  report = frozenReport();
  svg = renderSvg(report, graph);
});

describe('computeLayout', () => {
  it('is deterministic for a seed and changes with the seed', () => {
    const a = computeLayout(graph, { seed: 7 });
    const b = computeLayout(graph, { seed: 7 });
    const c = computeLayout(graph, { seed: 8 });
    expect(a.x.length).toBe(graph.order);
    expect(Array.from(a.x)).toEqual(Array.from(b.x));
    expect(Array.from(a.y)).toEqual(Array.from(b.y));
    expect(Array.from(a.x)).not.toEqual(Array.from(c.x));
    for (const v of [...a.x, ...a.y]) expect(Number.isFinite(v)).toBe(true);
  });

  it('handles the empty graph, one member, and packs isolates and small components compactly', () => {
    const empty = new UndirectedGraph() as unknown as ClusterGraph;
    expect(computeLayout(empty).x.length).toBe(0);
    const one = new UndirectedGraph() as unknown as ClusterGraph;
    one.addNode('a');
    const l1 = computeLayout(one);
    expect([l1.x[0], l1.y[0]].every(Number.isFinite)).toBe(true);
    // A 30-member ring plus 20 isolates and 5 pairs: everything within a box of side ~ O(sqrt(n)).
    const g = new UndirectedGraph() as unknown as ClusterGraph;
    for (let i = 0; i < 30; i++) g.addNode(`r${i}`);
    for (let i = 0; i < 30; i++) g.addEdge(`r${i}`, `r${(i + 1) % 30}`, { weight: 1 } as never);
    for (let i = 0; i < 20; i++) g.addNode(`iso${i}`);
    for (let i = 0; i < 5; i++) {
      g.addNode(`p${i}a`);
      g.addNode(`p${i}b`);
      g.addEdge(`p${i}a`, `p${i}b`, { weight: 1 } as never);
    }
    const l = computeLayout(g, { seed: 3 });
    const w = Math.max(...l.x) - Math.min(...l.x);
    const h = Math.max(...l.y) - Math.min(...l.y);
    expect(w).toBeLessThan(4 * Math.sqrt(g.order));
    expect(h).toBeLessThan(4 * Math.sqrt(g.order));
    // No two members on the same spot.
    const spots = new Set(Array.from(l.x, (x, i) => `${x.toFixed(3)},${l.y[i].toFixed(3)}`));
    expect(spots.size).toBe(g.order);
  });
});

describe('colorScheme', () => {
  it('orders groups by name, gives missing values light grey and extra groups the shared grey', () => {
    const m = (sector: string | null, community = 0) => ({ sector, type: null, level: null, community });
    const s = colorScheme([m('industry'), m('academia'), m(null), m('academia')], 'sector');
    expect(s.groups.map((g) => g.label)).toEqual(['academia', 'industry', '(none)']);
    expect(s.colors).toEqual([GROUP_PALETTE[1], GROUP_PALETTE[0], MISSING_COLOR, GROUP_PALETTE[0]]);
    const many = Array.from({ length: 12 }, (_, i) => m(null, i));
    const c = colorScheme(many, 'community');
    expect(c.colors.slice(0, GROUP_PALETTE.length)).toEqual([...GROUP_PALETTE]);
    expect(c.colors[11]).toBe(OTHER_COLOR);
    expect(c.groups.at(-1)).toEqual({ label: 'other', color: OTHER_COLOR, count: 4 });
  });
});

describe('renderSvg', () => {
  it('is well-formed XML with a viewBox and a white background', () => {
    const root = parse(svg);
    expect(root.getAttribute('viewBox')).toBe('0 0 1200 800');
    const bg = all(root, 'rect')[0];
    expect(bg.getAttribute('fill')).toBe('#ffffff');
  });

  it('draws exactly one circle per member and one line per tie', () => {
    const root = parse(svg);
    const ids = all(root, 'circle').map((c) => c.getAttribute('data-id')).filter((v): v is string => v !== null);
    expect(ids.length).toBe(graph.order);
    expect(new Set(ids)).toEqual(new Set(graph.nodes()));
    const ties = all(root, 'g').find((g) => g.getAttribute('id') === 'ties')!;
    expect(all(ties, 'line').length).toBe(graph.size);
    // Tie styles: horizontal dashed, unknown dotted, vertical solid.
    const styleOf = (cls: string) => all(root, 'g').find((g) => g.getAttribute('class') === cls);
    expect(styleOf('ties-vertical')!.getAttribute('stroke-dasharray')).toBeNull();
    expect(styleOf('ties-horizontal')!.getAttribute('stroke-dasharray')).toBe('5 3');
    expect(styleOf('ties-unknown')!.getAttribute('stroke-dasharray')).toBe('1 2.5');
  });

  it('has a legend (colours, sizes, tie styles) and a caption', () => {
    const root = parse(svg);
    const legend = all(root, 'g').find((g) => g.getAttribute('id') === 'legend')!;
    const text = all(legend, 'text').map((t) => t.textContent).join('\n');
    expect(text).toContain('Colour: sector');
    for (const s of ['academia', 'civil', 'education', 'government', 'industry']) expect(text).toContain(s);
    expect(text).toContain('Size: betweenness');
    expect(text).toMatch(/vertical.*solid/);
    expect(text).toMatch(/horizontal.*dashed/);
    expect(text).toMatch(/unknown.*dotted/);
    const caption = all(root, 'text').find((t) => t.getAttribute('id') === 'caption')!;
    expect(caption.textContent).toContain(`${report.generator.name} ${report.generator.version}`);
    expect(caption.textContent).toContain('seed 42');
  });

  it('places the requested labels without overlaps, clear of member circles', () => {
    for (const labels of [15, 50]) {
      const root = parse(renderSvg(report, graph, { labels, sizeBy: 'degree' }));
      const texts = all(root, 'text').filter((t) => t.getAttribute('class') === 'label');
      expect(texts.length).toBeGreaterThan(labels === 15 ? 10 : 15);
      expect(texts.length).toBeLessThanOrEqual(labels);
      const boxes = texts.map((t) =>
        labelBox(Number(t.getAttribute('x')), Number(t.getAttribute('y')), t.getAttribute('text-anchor') as 'start' | 'middle' | 'end', t.textContent ?? ''),
      );
      for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(boxesOverlap(boxes[i], boxes[j])).toBe(false);
      const circles = all(root, 'circle').filter((c) => c.getAttribute('data-id') !== null);
      for (const b of boxes) {
        for (const c of circles) {
          const cx = Number(c.getAttribute('cx'));
          const cy = Number(c.getAttribute('cy'));
          const r = Number(c.getAttribute('r'));
          const nx = Math.max(b.x, Math.min(cx, b.x + b.w));
          const ny = Math.max(b.y, Math.min(cy, b.y + b.h));
          expect(Math.hypot(cx - nx, cy - ny)).toBeGreaterThanOrEqual(r - 0.02);
        }
      }
    }
  });

  it('sizes members by area ∝ value with a minimum radius', () => {
    const root = parse(renderSvg(report, graph, { sizeBy: 'degree' }));
    const rOf = new Map(all(root, 'circle').filter((c) => c.getAttribute('data-id')).map((c) => [c.getAttribute('data-id')!, Number(c.getAttribute('r'))]));
    const [a, b] = [...report.members].sort((x, y) => y.degree - x.degree);
    expect(rOf.get(a.id)! ** 2 / rOf.get(b.id)! ** 2).toBeCloseTo(a.degree / b.degree, 1);
    const isolate = report.members.find((m) => m.degree === 0)!;
    expect(rOf.get(isolate.id)!).toBeGreaterThan(1);
  });

  it('is byte-identical for the same input and seed, and differs with another seed', () => {
    expect(renderSvg(report, graph)).toBe(svg);
    expect(renderSvg(report, graph, { seed: 43 })).not.toBe(svg);
  });

  it('keeps names with markup as text', async () => {
    const { report: r, graph: g } = await hostileCluster();
    const out = renderSvg(r, g, { labels: 10 });
    expect(out).not.toContain('<script');
    expect(out).not.toContain('a & b');
    const root = parse(out);
    expect(all(root, 'circle').filter((c) => c.getAttribute('data-id') !== null).map((c) => c.getAttribute('data-id')).sort()).toEqual(
      ['__proto__', 'constructor', 'x1', 'x2', 'x3'].sort(),
    );
    const titles = all(root, 'title').map((t) => t.textContent ?? '');
    expect(titles.some((t) => t.startsWith('<script>alert(1)</script> (__proto__)'))).toBe(true);
    expect(titles.some((t) => t.startsWith('a & b (constructor)'))).toBe(true);
    expect(titles.some((t) => t.startsWith(`Quote " and ' apostrophe`))).toBe(true);
    expect(escapeXml('a\u0001<b>')).toBe('a\ufffd&lt;b&gt;');
  });
});
