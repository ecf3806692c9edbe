/**
 * Shared pieces of the benchmark graph families (bench/families/*.mjs): member attributes, a set of
 * ties on typed arrays, growable adjacency lists on one typed pool, and line sinks that write CSV in
 * chunks. Nothing here holds one object or string per tie, so the XL size (1,000,000 members /
 * 10,000,000 ties) fits in a few hundred MiB.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import { createRng, deriveSeed } from '../../dist/graph/random.js';

/** Member types of a cluster: [type, level, share]. The same table as the `cluster` generator. */
export const TYPES = [
  ['school', 'institution', 0.55],
  ['college', 'institution', 0.08],
  ['university', 'regional', 0.05],
  ['research', 'national', 0.03],
  ['business', 'institution', 0.15],
  ['inspectorate', 'regional', 0.04],
  ['state', 'national', 0.02],
  ['ngo', 'institution', 0.06],
  ['teacher-training', 'national', 0.02],
];

export const MEMBERS_HEADER = 'id,name,type,level,region';
export const TIES_HEADER = 'source,target,weight';

/** The id of member i (0-based): M000001, M000002, … (7 digits from the millionth on). */
export const idOf = (i) => `M${String(i + 1).padStart(6, '0')}`;

/** Default number of regions for n members (the `cluster` rule): about √(n/10), at least 2. */
export const defaultRegions = (n) => Math.max(2, Math.round(Math.sqrt(n / 10)));

/** A type drawn with the shares of TYPES (one rng() call). */
export function drawType(rng) {
  let r = rng();
  for (const type of TYPES) {
    if (r < type[2]) return type;
    r -= type[2];
  }
  return TYPES[0];
}

/**
 * Independent seeded streams of one family: `structure` for the graph, `weights` for tie weights,
 * `members` for member types and `regions` for random regions (so the graph does not depend on the
 * draws the attributes take).
 */
export function streams(seed) {
  return {
    structure: createRng(deriveSeed(seed, 1)),
    weights: createRng(deriveSeed(seed, 2)),
    members: createRng(deriveSeed(seed, 3)),
    regions: createRng(deriveSeed(seed, 4)),
  };
}

/** Writes the n member lines; regionOf(i) gives member i's region index (0-based). */
export function writeMembers(n, regionOf, rng, out) {
  for (let i = 0; i < n; i++) {
    const [type, level] = drawType(rng);
    out.member(`${idOf(i)},${type} ${i + 1},${type},${level},R${regionOf(i) + 1}`);
  }
}

/** The tie line of members a and b with a weight 1–5 from `wrng`. */
export const tieLine = (a, b, wrng) => `${idOf(a)},${idOf(b)},${1 + Math.floor(wrng() * 5)}`;

const EMPTY = -1;
const DELETED = -2;

/**
 * A set of undirected pairs {a, b} (a ≠ b) of members 0..n-1: open addressing with linear probing
 * over one Float64Array of keys min·n + max (exact below 2^53). Deletion leaves a tombstone.
 */
export class EdgeSet {
  constructor(n, expected) {
    this.n = n;
    this.size = 0;
    this.used = 0; // live keys + tombstones
    this.alloc(Math.max(16, expected * 2));
  }

  alloc(atLeast) {
    let cap = 16;
    while (cap < atLeast) cap *= 2;
    this.keys = new Float64Array(cap).fill(EMPTY);
    this.mask = cap - 1;
  }

  static hash(lo, hi) {
    let h = Math.imul(lo, 0x9e3779b1) ^ Math.imul(hi ^ 0x5bd1e995, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    return (h ^ (h >>> 13)) >>> 0;
  }

  /** Slot of {a, b} when present, else -1 - (slot where it would go). */
  find(a, b) {
    const lo = a < b ? a : b;
    const hi = a < b ? b : a;
    const key = lo * this.n + hi;
    const keys = this.keys;
    let i = EdgeSet.hash(lo, hi) & this.mask;
    let free = -1;
    for (;;) {
      const k = keys[i];
      if (k === key) return i;
      if (k === EMPTY) return -1 - (free >= 0 ? free : i);
      if (k === DELETED && free < 0) free = i;
      i = (i + 1) & this.mask;
    }
  }

  has(a, b) {
    return this.find(a, b) >= 0;
  }

  /** Adds {a, b}; false when a = b or the pair is already there. */
  add(a, b) {
    if (a === b) return false;
    const s = this.find(a, b);
    if (s >= 0) return false;
    const slot = -1 - s;
    if (this.keys[slot] === EMPTY) this.used++;
    this.keys[slot] = a < b ? a * this.n + b : b * this.n + a;
    this.size++;
    if (this.used * 10 > this.keys.length * 7) this.rehash();
    return true;
  }

  delete(a, b) {
    const s = this.find(a, b);
    if (s < 0) return false;
    this.keys[s] = DELETED;
    this.size--;
    return true;
  }

  rehash() {
    const old = this.keys;
    this.alloc(this.size * 4);
    this.used = this.size;
    for (let i = 0; i < old.length; i++) {
      const k = old[i];
      if (k < 0) continue;
      let j = EdgeSet.hash(Math.floor(k / this.n), k % this.n) & this.mask;
      while (this.keys[j] !== EMPTY) j = (j + 1) & this.mask;
      this.keys[j] = k;
    }
  }
}

/**
 * Adjacency lists in insertion order on one Int32Array pool: each member owns a block that doubles
 * (moved to the end of the pool) when full. Random access `at(v, k)` in O(1).
 */
export class Adjacency {
  constructor(n, expectedArcs) {
    this.start = new Int32Array(n);
    this.deg = new Int32Array(n);
    this.cap = new Int32Array(n);
    this.pool = new Int32Array(Math.max(64, Math.ceil(expectedArcs * 2.2)));
    this.end = 0;
  }

  at(v, k) {
    return this.pool[this.start[v] + k];
  }

  push(v, w) {
    if (this.deg[v] === this.cap[v]) {
      const cap = this.cap[v] === 0 ? 4 : this.cap[v] * 2;
      if (this.end + cap > this.pool.length) {
        const grown = new Int32Array(Math.ceil((this.end + cap) * 1.5));
        grown.set(this.pool.subarray(0, this.end));
        this.pool = grown;
      }
      this.pool.copyWithin(this.end, this.start[v], this.start[v] + this.deg[v]);
      this.start[v] = this.end;
      this.cap[v] = cap;
      this.end += cap;
    }
    this.pool[this.start[v] + this.deg[v]++] = w;
  }

  /** Records the tie both ways. */
  link(a, b) {
    this.push(a, b);
    this.push(b, a);
  }
}

/** A growable Int32Array list (endpoint lists for preferential attachment). */
export class IntList {
  constructor(capacity) {
    this.data = new Int32Array(Math.max(16, capacity));
    this.length = 0;
  }

  push(x) {
    if (this.length === this.data.length) {
      const grown = new Int32Array(this.data.length * 2);
      grown.set(this.data);
      this.data = grown;
    }
    this.data[this.length++] = x;
  }

  pick(rng) {
    return this.data[Math.floor(rng() * this.length)];
  }
}

const CHUNK = 1 << 14;

/** Appends lines to a file, writing one joined chunk every 16,384 lines. */
export class FileLines {
  constructor(path, header) {
    this.fd = openSync(path, 'w');
    this.buf = [header];
    this.count = 0;
  }

  push(line) {
    this.buf.push(line);
    this.count++;
    if (this.buf.length >= CHUNK) this.flush();
  }

  flush() {
    if (this.buf.length) writeSync(this.fd, this.buf.join('\n') + '\n');
    this.buf = [];
  }

  close() {
    this.flush();
    closeSync(this.fd);
  }
}

/** A sink that writes members.csv and ties.csv in `dir`. */
export function fileSink(membersPath, tiesPath) {
  const m = new FileLines(membersPath, MEMBERS_HEADER);
  const t = new FileLines(tiesPath, TIES_HEADER);
  return {
    member: (line) => m.push(line),
    tie: (line) => t.push(line),
    counts: () => ({ members: m.count, ties: t.count }),
    close() {
      m.close();
      t.close();
    },
  };
}

/** A sink that keeps the two CSV texts in memory (tests, small graphs). */
export function memorySink() {
  const members = [MEMBERS_HEADER];
  const ties = [TIES_HEADER];
  return {
    member: (line) => members.push(line),
    tie: (line) => ties.push(line),
    counts: () => ({ members: members.length - 1, ties: ties.length - 1 }),
    close() {},
    text: () => ({ members: members.join('\n') + '\n', ties: ties.join('\n') + '\n' }),
  };
}
