/**
 * Property: a random cluster written in a random valid shape (delimiter, line ends, BOM, UTF-16 LE/BE,
 * quoting, padding, blank rows, decimal commas, roster) reads back to the graph computed from the
 * model, and every row is accounted for. Case counts are in the `numRuns` below (formats: docs/input.md).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readCluster } from '../../src/io/read-cluster.js';
import { readInput } from '../../src/io/read-input.js';
import { buildCluster } from '../../src/io/build-cluster.js';
import type { ClusterData } from '../../src/io/build-cluster.js';
import { SEED, clusterArb, expectedTies, shapeArb, writeCluster, writeRoster, type Cluster, type Shape } from './arbitraries.js';

export const RUNS = { files: 1200, text: 2500, roster: 400 };

const tmp = mkdtempSync(join(tmpdir(), 'cg-prop-rt-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

function check(c: Cluster, shape: Shape, d: ClusterData): void {
  const g = d.toGraph();
  expect(g.nodes()).toEqual(c.members.map((m) => m.id));
  for (const m of c.members) expect(g.getNodeAttribute(m.id, 'name')).toBe(m.name);
  const { ties, selfLoops, merged } = expectedTies(c, shape.directed);
  expect(g.size).toBe(ties.size);
  for (const t of ties.values()) {
    const e = shape.directed ? g.directedEdge(t.source, t.target) : g.edge(t.source, t.target);
    expect(e, `${t.source} – ${t.target}`).toBeDefined();
    expect(g.hasEdge(t.source, t.target)).toBe(true);
    const a = g.getEdgeAttributes(e!);
    expect(a.weight).toBe(t.weight);
    expect(a.rows).toBe(t.rows);
  }
  // Nothing lost.
  const skipped = (s: { count: number }[]) => s.reduce((x, y) => x + y.count, 0);
  expect(d.input.members.rows).toBe(c.members.length);
  expect(d.input.members.rows).toBe(d.input.members.used + skipped(d.input.members.skipped));
  expect(d.input.ties.rows).toBe(c.ties.length);
  expect(d.input.ties.rows).toBe(d.input.ties.used + skipped(d.input.ties.skipped));
  expect(skipped(d.input.ties.skipped)).toBe(selfLoops);
  expect(d.input.ties.merged).toBe(merged);
  expect(g.size).toBe(d.input.ties.used - d.input.ties.merged);
}

describe('random clusters in random shapes read back to the same graph', () => {
  it(`files (${RUNS.files} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(clusterArb, shapeArb, async (c, shape) => {
        const dir = join(tmp, String(n++));
        const files = writeCluster(c, shape);
        const members = `${dir}-members.csv`;
        const ties = `${dir}-ties.csv`;
        writeFileSync(members, files.members);
        writeFileSync(ties, files.ties);
        check(c, shape, await readCluster({ members, ties }, { directed: shape.directed }));
      }),
      { numRuns: RUNS.files, seed: SEED },
    );
  });

  it(`text, in memory (${RUNS.text} cases)`, () => {
    fc.assert(
      fc.property(clusterArb, shapeArb, (c, shape) => {
        const files = writeCluster(c, shape);
        check(c, shape, buildCluster({ members: files.membersText, ties: files.tiesText }, { directed: shape.directed }));
      }),
      { numRuns: RUNS.text, seed: SEED + 1 },
    );
  });

  it(`roster files (${RUNS.roster} cases)`, async () => {
    const rosterSafe = clusterArb.filter((c) => c.members.every((m) => !/[;|]/.test(m.id)));
    await fc.assert(
      fc.asyncProperty(rosterSafe, shapeArb, async (c, shape) => {
        const members = join(tmp, `${n++}-roster.csv`);
        writeFileSync(members, writeRoster(c, shape));
        const d = await readInput({ members }, { directed: shape.directed, projectTies: 'ignore' });
        const g = d.toGraph();
        expect(g.nodes()).toEqual(c.members.map((m) => m.id));
        // Expected arcs: one per distinct (respondent, partner), self-mentions dropped.
        const arcs = new Set<string>();
        let mentions = 0;
        let self = 0;
        let repeated = 0;
        const perCell = new Map<number, Set<number>>();
        for (const t of c.ties) {
          mentions++;
          if (t.s === t.t) {
            self++;
            continue;
          }
          const cell = perCell.get(t.s) ?? new Set<number>();
          perCell.set(t.s, cell);
          if (cell.has(t.t)) {
            repeated++;
            continue;
          }
          cell.add(t.t);
          arcs.add(`${t.s} ${t.t}`);
        }
        let reciprocal = 0;
        for (const a of arcs) {
          const [s, t] = a.split(' ').map(Number);
          if (s < t && arcs.has(`${t} ${s}`)) reciprocal++;
        }
        // Distinct unordered member pairs named in the roster (a reciprocated pair counts once), directed or not.
        const pairs = arcs.size - reciprocal;
        expect(g.size).toBe(shape.directed ? arcs.size : arcs.size - reciprocal);
        for (const a of arcs) {
          const [s, t] = a.split(' ').map((i) => c.members[Number(i)].id);
          expect(shape.directed ? g.hasDirectedEdge(s, t) : g.hasEdge(s, t)).toBe(true);
        }
        const r = d.input.roster;
        if (c.ties.length === 0) {
          expect(r?.mentions ?? 0).toBe(0);
          return;
        }
        expect(r).toBeDefined();
        expect(r!.mentions).toBe(mentions);
        expect(r!.mentions).toBe(r!.used + r!.skipped.reduce((x, s) => x + s.count, 0));
        expect(r!.used).toBe(mentions - self - repeated);
        expect(r!.reciprocal).toBe(reciprocal);
        expect(r!.oneSided).toBe(pairs - reciprocal);
        expect(g.size).toBe(d.input.ties.used - d.input.ties.merged);
      }),
      { numRuns: RUNS.roster, seed: SEED + 2 },
    );
  });
});
