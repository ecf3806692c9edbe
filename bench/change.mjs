#!/usr/bin/env node
/**
 * Speed of `compare` and `evolve` side by side with one `analyze` of the same size, in one process
 * (the machine's load hits all three alike): M = 10,000 members / 50,000 ties (bench family
 * `cluster`, seed 1). compare: wave 1 = M, wave 2 = M with 10 % of the ties ended, 10 % formed, 5 %
 * of the members replaced (1000 QAP relabellings, 1000 E-I permutations per wave). evolve: M given
 * joined years 2020–2024 (seeded) and tie since = the later joined year of its ends, 5 years.
 *
 *   npm run build && node bench/change.mjs [--rounds 1]
 */
import { generateCluster } from './generate.mjs';
import { buildCluster } from '../dist/io/read-cluster.js';
import { analyze } from '../dist/analysis/analyze.js';
import { compareClusters } from '../dist/analysis/compare.js';
import { evolve } from '../dist/analysis/evolve.js';
import { createRng } from '../dist/graph/random.js';

const rounds = Number(process.argv[process.argv.indexOf('--rounds') + 1]) || 1;
const { members, ties } = generateCluster({ members: 10000, ties: 50000, seed: 1 });
const mLines = members.trim().split('\n');
const tLines = ties.trim().split('\n');
const rng = createRng(13);

// Wave 2: 5 % of the members replaced (their ties dropped), 10 % of the ties ended, 10 % formed.
const ids = mLines.slice(1).map((l) => l.split(',')[0]);
const gone = new Set(ids.filter(() => rng() < 0.05));
const m2 = [mLines[0], ...mLines.slice(1).filter((l) => !gone.has(l.split(',')[0])), ...[...gone].map((id, k) => `${id}-new,New ${k},school,institution,R1`)];
const kept = tLines.slice(1).filter((l) => {
  const [a, b] = l.split(',');
  return !gone.has(a) && !gone.has(b) && rng() >= 0.1;
});
const stay = ids.filter((id) => !gone.has(id));
const formed = [];
for (let k = 0; k < 5000; k++) formed.push(`${stay[Math.floor(rng() * stay.length)]},${stay[Math.floor(rng() * stay.length)]},${1 + Math.floor(rng() * 5)}`);
const t2 = [tLines[0], ...kept, ...formed.filter((l) => l.split(',')[0] !== l.split(',')[1])];

// Years: joined 2020–2024 (a third of the members from the start), tie since = the later joined year.
const joined = new Map(ids.map((id) => [id, rng() < 0.34 ? 2020 : 2020 + Math.floor(rng() * 5)]));
const mYears = [`${mLines[0]},joined`, ...mLines.slice(1).map((l) => `${l},${joined.get(l.split(',')[0])}`)];
const tYears = [`${tLines[0]},since`, ...tLines.slice(1).map((l) => {
  const [a, b] = l.split(',');
  return `${l},${Math.max(joined.get(a), joined.get(b))}`;
})];

const wave1 = buildCluster({ members, ties });
const wave2 = buildCluster({ members: m2.join('\n'), ties: t2.join('\n') });
const history = buildCluster({ members: mYears.join('\n'), ties: tYears.join('\n') });

async function time(name, f) {
  const t0 = performance.now();
  await f();
  const ms = performance.now() - t0;
  console.log(JSON.stringify({ name, ms: Math.round(ms) }));
  return ms;
}
for (let r = 0; r < rounds; r++) {
  const a = await time('analyze M (defaults)', () => analyze(wave1));
  const c = await time('compare M → M2 (1000 QAP)', () => compareClusters(wave1, wave2, { permutations: 1000 }));
  const e = await time('evolve M, 5 years (2020–2024)', () => evolve(history, { years: [2020, 2021, 2022, 2023, 2024] }));
  console.log(JSON.stringify({ round: r, compareMs: Math.round(c), evolveOverAnalyze: +(e / a).toFixed(2), compareOverAnalyze: +(c / a).toFixed(2) }));
}
