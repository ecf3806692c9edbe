/**
 * The reducers of the all-sources pass (all-sources.ts / weighted-sources.ts): from the block results,
 * closeness, harmonic, Freeman closeness, global efficiency, the path summary and Brandes betweenness —
 * exact (every member a source) or estimated over seeded pivots (Brandes & Pich 2007 for betweenness;
 * Eppstein & Wang 2004 for the closeness-type sums). The public measures (closeness.ts,
 * path-summary.ts, ../efficiency.ts, ../centralization.ts) and the analysis (src/analysis) read the same
 * reduction, so each quantity has one formula in one place.
 *
 * Determinism: the sources are cut into SOURCE_BLOCKS (sources.ts) contiguous blocks that depend only on the
 * number of sources, and blocks are reduced in block order, so who ran a block (this thread or a
 * worker, src/analysis/workers.ts) changes no bit of the result.
 */
import type { GraphIndex } from '../../graph/graph-index.js';
import { components, type Components } from '../components.js';
import { runBlock } from './all-sources.js';
import { scaleBetweenness } from './betweenness.js';
import type { BlockResult, TraversalGraph } from './pass-types.js';
import { passSources, pivotsOf, sourceBlocks, type PivotOptions } from './sources.js';

export { passSources, pivotsOf, samplePivots, sourceBlocks, SOURCE_BLOCKS, type PivotOptions } from './sources.js';

/** The component the path summary is computed on: largest (strong, when directed) component. */
export function pathComponent(index: GraphIndex, comps: Components = components(index)): { inComponent: Uint8Array; size: number } {
  const n = index.n;
  const set = index.directed ? comps.strong! : comps.weak;
  const inComponent = new Uint8Array(n);
  const size = n > 0 ? set.sizes[set.largest] : 0;
  for (let v = 0; v < n; v++) if (n > 0 && set.membership[v] === set.largest) inComponent[v] = 1;
  return { inComponent, size };
}

/** The traversal arrays of an index; `weighted` (length 1/weight) only when the index carries weights. */
export function traversalGraph(index: GraphIndex, weighted: boolean): TraversalGraph {
  const { n, directed, outOffsets, outTargets, inOffsets, inSources, undOffsets, undTargets } = index;
  const w = weighted && index.weighted;
  const none = new Float64Array(0);
  return {
    n, directed, outOffsets, outTargets, inOffsets, inSources, undOffsets, undTargets,
    weightedPaths: w,
    outWeights: w ? index.outWeights : none,
    inWeights: w ? index.inWeights : none,
    undWeights: w ? index.undWeights : none,
  };
}

/** The same graph with every arc turned round (successors ↔ predecessors). */
export function reversedGraph(g: TraversalGraph): TraversalGraph {
  if (!g.directed) return g;
  return { ...g, outOffsets: g.inOffsets, outTargets: g.inSources, inOffsets: g.outOffsets, inSources: g.outTargets, outWeights: g.inWeights, inWeights: g.outWeights };
}

/** The path family of {@link runPass}. */
export function passFamily(index: GraphIndex, pass: Pass, wfImproved = true, rows = false): PathFamily {
  return reducePathFamily(index, pass.blocks, pass.sources, pass.exact, pass.inComponent, pass.size, wfImproved, rows);
}

/** One pass in this thread, block by block: what the public measures reduce. */
export interface Pass {
  blocks: BlockResult[];
  sources: Int32Array;
  exact: boolean;
  inComponent: Uint8Array;
  size: number;
}

/** What {@link runPass} computes. */
export interface PassOptions extends PivotOptions {
  /** Tie length 1/weight (Dijkstra) instead of hop counts. */
  weighted?: boolean;
  /** On the graph with every arc turned round (a member's outgoing distances become its incoming ones). */
  reversed?: boolean;
  /** Brandes' dependencies (betweenness); default false: the public path measures do not need them. */
  dependencies?: boolean;
  /** Directed, exact: the incoming rows as well (a second search per source); default false. */
  incoming?: boolean;
}

/**
 * Runs the all-sources pass in this thread over every member or the pivots of `options`. The
 * analysis runs the same kernel on its threads with dependencies and incoming rows (src/analysis).
 */
export function runPass(index: GraphIndex, options: PassOptions = {}): Pass {
  const pivots = pivotsOf(index.n, options);
  const sources = passSources(index.n, pivots);
  const exact = pivots === null;
  const { inComponent, size } = pathComponent(index);
  const plain = traversalGraph(index, options.weighted === true);
  const g = options.reversed === true ? reversedGraph(plain) : plain;
  const { dependencies = false, incoming = false } = options;
  const blocks = sourceBlocks(sources).map((s) => runBlock(g, { sources: s, exact, inComponent, dependencies, incoming }));
  return { blocks, sources, exact, inComponent, size };
}

/** Sum of the block arrays picked by `pick`, in block order (fixed, thread-independent). */
export function sumBlocks(blocks: BlockResult[], n: number, pick: (b: BlockResult) => Float64Array | null): Float64Array {
  const out = new Float64Array(n);
  for (const b of blocks) {
    const a = pick(b)!;
    for (let v = 0; v < n; v++) out[v] += a[v];
  }
  return out;
}

/** Concatenation of per-source block arrays, in block order. */
export function joinBlocks(blocks: BlockResult[], pick: (b: BlockResult) => Float64Array | null): Float64Array {
  let total = 0;
  for (const b of blocks) total += pick(b)!.length;
  const out = new Float64Array(total);
  let at = 0;
  for (const b of blocks) {
    const a = pick(b)!;
    out.set(a, at);
    at += a.length;
  }
  return out;
}

/** Diameter and average path length of the component of {@link pathComponent}. */
export interface PathSummary {
  /** Longest shortest path inside the component (hops, or Σ 1/weight when weighted); null when the graph has no members. */
  diameter: number | null;
  /** Mean shortest-path length over ordered pairs of the component; null when the graph has no members. */
  averagePathLength: number | null;
  /** Members in the component the summary is computed on. */
  componentSize: number;
}

/** The all-sources family: betweenness, closeness, harmonic, global efficiency, path summary. */
export interface PathFamily {
  /** Raw betweenness (Brandes; sampled: Brandes–Pich n/K scaling), as `scaleBetweenness(…, false)`. */
  betweennessRaw: Float64Array;
  /** Wasserman–Faust closeness over incoming distances (undirected: all). */
  closeness: Float64Array;
  /** Harmonic centrality Σ 1/d over incoming distances (undirected: all), raw. */
  harmonic: Float64Array;
  /** Freeman closeness (n−1)/Σ out-distances where a member reaches everyone, else NaN; null = not available. */
  freemanCloseness: Float64Array | null;
  globalEfficiency: number;
  paths: PathSummary;
}

/**
 * The path family from the block results of one pass, reduced in block order.
 * - closeness C(v) = ((r−1)/Σd)·((r−1)/(n−1)) (Wasserman & Faust 1994); harmonic H(v) = Σ 1/d
 *   (Marchiori & Latora 2000); global efficiency E = Σ_{s≠t} 1/d(s,t) / (n(n−1)) (Latora & Marchiori
 *   2001); Freeman closeness (n−1)/Σ_t d(s,t) (Freeman 1979) where s reaches everyone;
 *   diameter and average path length over the (strong) component of {@link pathComponent}.
 *   `wfImproved` false: closeness without the (r−1)/(n−1) factor (igraph's normalized closeness).
 *   Exact closeness and harmonic of a directed graph use the incoming rows, or with `rows` the
 *   sources' own rows (outgoing distances; of a reversed pass: incoming ones).
 * - sampled (K pivots P): B̂(v) = (n/K) Σ_{s∈P} δ_s(v) (Brandes & Pich 2007); closeness and harmonic
 *   from the pivots other than v (Eppstein & Wang 2004): Ĉ(v) = (r̂/Σ̂d)(r̂/k_v), Ĥ(v) = ((n−1)/k_v) Σ̂ 1/d;
 *   Ê = Σ_{s∈P} Σ_t 1/d(s,t) / (K(n−1)); path summary over the pivots in the component.
 */
export function reducePathFamily(
  index: GraphIndex,
  blocks: BlockResult[],
  sources: Int32Array,
  exact: boolean,
  inComponent: Uint8Array,
  size: number,
  wfImproved = true,
  rows = false,
): PathFamily {
  const n = index.n;
  const K = sources.length;
  const rowReach = joinBlocks(blocks, (b) => b.rowReach);
  const rowDist = joinBlocks(blocks, (b) => b.rowDist);
  const rowInverse = joinBlocks(blocks, (b) => b.rowInverse);
  const rowCompDist = joinBlocks(blocks, (b) => b.rowComponentDist);
  const rowCompMax = joinBlocks(blocks, (b) => b.rowComponentMax);
  const raw = sumBlocks(blocks, n, (b) => b.betweenness);
  const closenessValues = new Float64Array(n);
  const harmonicValues = new Float64Array(n);
  let freeman: Float64Array | null = null;
  let effSum = 0;
  for (let i = 0; i < K; i++) effSum += rowInverse[i];
  let hop = 0;
  let diameter = 0;
  let sourcesInComponent = 0;
  for (let i = 0; i < K; i++) {
    if (inComponent[sources[i]] !== 1) continue;
    sourcesInComponent++;
    hop += rowCompDist[i];
    if (rowCompMax[i] > diameter) diameter = rowCompMax[i];
  }
  if (exact) {
    scaleBetweenness(index, raw, false);
    const incoming = index.directed && !rows;
    const reach = incoming ? joinBlocks(blocks, (b) => b.inReach) : rowReach;
    const dist = incoming ? joinBlocks(blocks, (b) => b.inDist) : rowDist;
    const inv = incoming ? joinBlocks(blocks, (b) => b.inInverse) : rowInverse;
    for (let v = 0; v < n; v++) {
      const total = dist[v];
      if (total > 0 && n > 1) closenessValues[v] = wfImproved ? (reach[v] / total) * (reach[v] / (n - 1)) : reach[v] / total;
      harmonicValues[v] = inv[v];
    }
    freeman = new Float64Array(n);
    for (let v = 0; v < n; v++) freeman[v] = rowReach[v] === n - 1 && rowDist[v] > 0 ? (n - 1) / rowDist[v] : NaN;
  } else {
    const f = n / K;
    for (let v = 0; v < n; v++) raw[v] *= f;
    scaleBetweenness(index, raw, false);
    const colReach = sumBlocks(blocks, n, (b) => b.colReach);
    const colDist = sumBlocks(blocks, n, (b) => b.colDist);
    const colInv = sumBlocks(blocks, n, (b) => b.colInverse);
    const isPivot = new Uint8Array(n);
    for (let i = 0; i < K; i++) isPivot[sources[i]] = 1;
    for (let v = 0; v < n; v++) {
      const kv = K - isPivot[v];
      if (kv <= 0) continue;
      // Eppstein–Wang: the pivots other than v are a uniform sample of the other members.
      if (colDist[v] > 0 && n > 1) closenessValues[v] = wfImproved ? (colReach[v] / colDist[v]) * (colReach[v] / kv) : colReach[v] / colDist[v];
      harmonicValues[v] = ((n - 1) / kv) * colInv[v];
    }
    // Connected undirected graph: Freeman's (n−1)/Σd is the estimated closeness itself.
    if (!index.directed) freeman = closenessValues;
  }
  const globalEfficiency = n < 2 ? 0 : exact ? effSum / (n * (n - 1)) : effSum / (K * (n - 1));
  let paths: PathSummary;
  if (n === 0) paths = { diameter: null, averagePathLength: null, componentSize: 0 };
  else if (size < 2) paths = { diameter: 0, averagePathLength: 0, componentSize: size };
  else if (sourcesInComponent === 0) paths = { diameter: null, averagePathLength: null, componentSize: size };
  else paths = { diameter, averagePathLength: hop / (sourcesInComponent * (size - 1)), componentSize: size };
  return { betweennessRaw: raw, closeness: closenessValues, harmonic: harmonicValues, freemanCloseness: freeman, globalEfficiency, paths };
}
