/**
 * Property: random bytes and randomly broken CSV never crash the reader. Every outcome is either a
 * graph (with every row accounted for) or an InputError whose problems name a file; never another
 * exception. Runs in-process against readInput / buildCluster (the CLI is exercised in cli.test.ts).
 */
import { afterAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readInput } from '../../src/io/read-input.js';
import { buildCluster, type ClusterData } from '../../src/io/build-cluster.js';
import { InputError } from '../../src/model/errors.js';
import { SEED, clusterArb, mutate, mutationArb, shapeArb, writeCluster } from './arbitraries.js';

export const RUNS = { bytes: 2500, textMutations: 4500, fileMutations: 400 };

const tmp = mkdtempSync(join(tmpdir(), 'cg-prop-bad-'));
afterAll(() => rmSync(tmp, { recursive: true, force: true }));
let n = 0;

const skippedCount = (s: { count: number }[]) => s.reduce((x, y) => x + y.count, 0);

/** The outcome is a consistent graph or an InputError; anything else fails the property. */
function outcome(run: () => ClusterData): void {
  let d: ClusterData;
  try {
    d = run();
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
    expect(e.total).toBeGreaterThanOrEqual(e.problems.length);
    expect(e.message).not.toMatch(/\n\s+at /);
    return;
  }
  accountConsistent(d);
}

function accountConsistent(d: ClusterData): void {
  const i = d.input;
  expect(i.members.rows).toBe(i.members.used + skippedCount(i.members.skipped));
  expect(i.ties.rows).toBe(i.ties.used + skippedCount(i.ties.skipped));
  expect(d.toGraph().order).toBe(i.members.used);
  expect(d.toGraph().size).toBe(i.ties.used - i.ties.merged);
}

async function outcomeAsync(run: () => Promise<ClusterData>): Promise<void> {
  try {
    accountConsistent(await run());
  } catch (e) {
    if (!(e instanceof InputError)) throw e;
    expect(e.problems.length).toBeGreaterThan(0);
  }
}

describe('hostile input never crashes the reader', () => {
  it(`random bytes as members and ties files (${RUNS.bytes} cases)`, async () => {
    const bytes = fc.oneof(
      fc.uint8Array({ maxLength: 300 }),
      // Mostly-text bytes: printable ASCII, delimiters, quotes, line breaks and high bytes.
      fc.array(fc.constantFrom(0x22, 0x2c, 0x3b, 0x09, 0x0a, 0x0d, 0x41, 0x42, 0x69, 0x64, 0x20, 0xc3, 0xa9, 0xd0, 0xff, 0xfe, 0x00), { maxLength: 300 }).map((a) => Uint8Array.from(a)),
      // Signatures followed by junk.
      fc.tuple(fc.constantFrom([0x50, 0x4b, 0x03, 0x04], [0xd0, 0xcf, 0x11, 0xe0], [0x25, 0x50, 0x44, 0x46], [0xef, 0xbb, 0xbf], [0xff, 0xfe], [0xfe, 0xff]), fc.uint8Array({ maxLength: 100 })).map(
        ([a, b]) => Uint8Array.from([...a, ...b]),
      ),
    );
    await fc.assert(
      fc.asyncProperty(bytes, bytes, fc.boolean(), fc.constantFrom(undefined, 'windows-1251', 'utf-16le'), async (m, t, directed, encoding) => {
        const members = join(tmp, `${n}-m.csv`);
        const ties = join(tmp, `${n++}-t.csv`);
        writeFileSync(members, m);
        writeFileSync(ties, t);
        await outcomeAsync(() => readInput({ members, ties }, { directed, encoding, projectTies: 'ignore' }));
      }),
      { numRuns: RUNS.bytes, seed: SEED + 10 },
    );
  });

  it(`randomly broken CSV text, in memory (${RUNS.textMutations} cases)`, () => {
    fc.assert(
      fc.property(clusterArb, shapeArb, mutationArb, mutationArb, (c, shape, em, et) => {
        const files = writeCluster(c, shape);
        outcome(() => buildCluster({ members: mutate(files.membersText, em), ties: mutate(files.tiesText, et) }, { directed: shape.directed }));
      }),
      { numRuns: RUNS.textMutations, seed: SEED + 11 },
    );
  });

  it(`randomly broken CSV files, any encoding (${RUNS.fileMutations} cases)`, async () => {
    await fc.assert(
      fc.asyncProperty(clusterArb, shapeArb, mutationArb, mutationArb, fc.boolean(), async (c, shape, em, et, roster) => {
        const files = writeCluster(c, shape);
        const members = join(tmp, `${n}-m.csv`);
        const ties = join(tmp, `${n++}-t.csv`);
        const mText = roster ? files.membersText.replace(/^([^\r\n]*)/, '$1,partners') : files.membersText;
        writeFileSync(members, Buffer.from(mutate(mText, em), 'utf8'));
        writeFileSync(ties, Buffer.from(mutate(files.tiesText, et), 'utf8'));
        await outcomeAsync(() => readInput({ members, ties: roster ? undefined : ties }, { directed: shape.directed, projectTies: 'ignore' }));
      }),
      { numRuns: RUNS.fileMutations, seed: SEED + 12 },
    );
  });
});
