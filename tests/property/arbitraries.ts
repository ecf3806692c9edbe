/**
 * Generators for the property tests: random clusters (ids mixing ASCII, Unicode, hostile names,
 * spaces, quotes and delimiters), the shapes they can be written in, a writer, and the graph the
 * reader must give (computed here from the model, not by the reader).
 */
import fc from 'fast-check';

/** Seed of every property run: fixed so a failure reproduces; set CG_FC_SEED to explore others. */
export const SEED = process.env.CG_FC_SEED ? Number(process.env.CG_FC_SEED) : 20261129;

export const HOSTILE = ['__proto__', 'constructor', 'toString', 'hasOwnProperty', 'valueOf', 'prototype', '__defineGetter__', 'isPrototypeOf', 'length', 'then'];

const PIECES = ['a', 'B', '7', '0', 'Школа', '№5', 'é', 'Éloi', '学校', '😀', ' ', '"', ',', ';', '\t', '|', "'", '-', '.', '=', '+', '\n'];

/** A member id: non-empty after trimming, no line break at its edges. */
export const idArb: fc.Arbitrary<string> = fc.oneof(
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 3, arbitrary: fc.stringMatching(/^[A-Za-z][A-Za-z0-9_]{0,6}$/) },
  {
    weight: 3,
    arbitrary: fc
      .array(fc.constantFrom(...PIECES), { minLength: 1, maxLength: 6 })
      .map((p) => p.join('').trim())
      .filter((s) => s !== ''),
  },
);

export interface Cluster {
  /** Ids and names as the reader must give them (trimmed). */
  members: { id: string; name: string }[];
  /** Rows of the ties file: member indices (may repeat a pair, may be a self-loop) and the weight. */
  ties: { s: number; t: number; weight: number }[];
}

export const clusterArb: fc.Arbitrary<Cluster> = fc
  .uniqueArray(idArb, { minLength: 1, maxLength: 12, selector: (s) => s })
  .chain((ids) =>
    fc.record({
      members: fc.tuple(...ids.map((id) => fc.tuple(fc.constant(id), fc.oneof(fc.constant(''), fc.constantFrom('Lycée Saint-Éloi', 'Школа №5', 'State University, Faculty', 'He said "yes"', 'x\ny'))))).map((ms) =>
        ms.map(([id, name]) => ({ id, name: name === '' ? id : name })),
      ),
      ties: fc.array(
        fc.record({
          s: fc.nat({ max: ids.length - 1 }),
          t: fc.nat({ max: ids.length - 1 }),
          // Weights with few decimals, so that sums are exact in any order.
          weight: fc.integer({ min: 1, max: 4000 }).map((n) => n / 4),
        }),
        { maxLength: 25 },
      ),
    }),
  );

export interface Shape {
  delimiter: ',' | ';' | '\t';
  eol: '\n' | '\r\n';
  encoding: 'utf8' | 'utf8bom' | 'utf16le' | 'utf16be';
  quoteAll: boolean;
  pad: boolean;
  blankRows: boolean;
  decimalComma: boolean;
  directed: boolean;
}

export const shapeArb: fc.Arbitrary<Shape> = fc
  .record({
    delimiter: fc.constantFrom(',' as const, ';' as const, '\t' as const),
    eol: fc.constantFrom('\n' as const, '\r\n' as const),
    encoding: fc.constantFrom('utf8' as const, 'utf8bom' as const, 'utf16le' as const, 'utf16be' as const),
    quoteAll: fc.boolean(),
    pad: fc.boolean(),
    blankRows: fc.boolean(),
    decimalComma: fc.boolean(),
    directed: fc.boolean(),
  })
  .map((s) => ({ ...s, decimalComma: s.decimalComma && s.delimiter !== ',' }));

function cell(v: string, shape: Shape): string {
  const needs = v.includes(shape.delimiter) || /["\r\n]/.test(v) || v !== v.trim();
  const q = shape.quoteAll || needs ? `"${v.replace(/"/g, '""')}"` : v;
  return shape.pad ? ` ${q}  ` : q;
}

/** One table as text in the given shape. */
export function table(rows: string[][], shape: Shape): string {
  const lines: string[] = [];
  rows.forEach((r, i) => {
    lines.push(r.map((v) => cell(v, shape)).join(shape.delimiter));
    if (shape.blankRows && i % 2 === 1) lines.push(shape.pad ? `  ${shape.delimiter} ` : '');
  });
  return lines.join(shape.eol) + shape.eol;
}

export function encode(text: string, encoding: Shape['encoding']): Buffer {
  if (encoding === 'utf8') return Buffer.from(text, 'utf8');
  if (encoding === 'utf8bom') return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
  const le = Buffer.from(text, 'utf16le');
  if (encoding === 'utf16le') return Buffer.concat([Buffer.from([0xff, 0xfe]), le]);
  for (let i = 0; i < le.length; i += 2) [le[i], le[i + 1]] = [le[i + 1], le[i]];
  return Buffer.concat([Buffer.from([0xfe, 0xff]), le]);
}

export function weightText(w: number, shape: Shape): string {
  const s = String(w);
  return shape.decimalComma ? s.replace('.', ',') : s;
}

/** members.csv and ties.csv of a cluster in a shape. */
export function writeCluster(c: Cluster, shape: Shape): { members: Buffer; ties: Buffer; membersText: string; tiesText: string } {
  const membersText = table([['id', 'name'], ...c.members.map((m) => [m.id, m.name])], shape);
  const tiesText = table([['source', 'target', 'weight'], ...c.ties.map((t) => [c.members[t.s].id, c.members[t.t].id, weightText(t.weight, shape)])], shape);
  return { members: encode(membersText, shape.encoding), ties: encode(tiesText, shape.encoding), membersText, tiesText };
}

/** members.csv with a partners column (roster), for ids without `;` or `|`. */
export function writeRoster(c: Cluster, shape: Shape): Buffer {
  const partners = c.members.map(() => [] as string[]);
  for (const t of c.ties) partners[t.s].push(c.members[t.t].id);
  const text = table([['id', 'name', 'partners'], ...c.members.map((m, i) => [m.id, m.name, partners[i].join(i % 2 ? '|' : '; ')])], shape);
  return encode(text, shape.encoding);
}

export interface ExpectedTie {
  source: string;
  target: string;
  weight: number;
  rows: number;
}

/** The ties the reader must give from the ties rows: self-loops dropped, repeated pairs merged. */
export function expectedTies(c: Cluster, directed: boolean): { ties: Map<string, ExpectedTie>; selfLoops: number; merged: number } {
  const ties = new Map<string, ExpectedTie>();
  let selfLoops = 0;
  let merged = 0;
  for (const t of c.ties) {
    if (t.s === t.t) {
      selfLoops++;
      continue;
    }
    const [a, b] = directed || t.s < t.t ? [t.s, t.t] : [t.t, t.s];
    const key = `${a} ${b}`;
    const e = ties.get(key);
    if (e) {
      e.weight += t.weight;
      e.rows++;
      merged++;
    } else ties.set(key, { source: c.members[t.s].id, target: c.members[t.t].id, weight: t.weight, rows: 1 });
  }
  return { ties, selfLoops, merged };
}

/** Random edits of a text: insert characters that matter to CSV, delete spans, duplicate lines. */
export const mutationArb = fc.array(
  fc.oneof(
    fc.record({ op: fc.constant('insert' as const), at: fc.nat(), what: fc.constantFrom('"', ',', ';', '\t', '\n', '\r', '\r\n', '""', '\u0000', '\uFFFD', '\uFEFF', 'x', ' ', '0', '-1', 'NaN', '|', '__proto__') }),
    fc.record({ op: fc.constant('delete' as const), at: fc.nat(), len: fc.integer({ min: 1, max: 8 }) }),
    fc.record({ op: fc.constant('dupLine' as const), at: fc.nat() }),
  ),
  { minLength: 1, maxLength: 6 },
);

export function mutate(text: string, edits: { op: string; at: number; what?: string; len?: number }[]): string {
  let s = text;
  for (const e of edits) {
    const at = s.length === 0 ? 0 : e.at % (s.length + 1);
    if (e.op === 'insert') s = s.slice(0, at) + e.what + s.slice(at);
    else if (e.op === 'delete') s = s.slice(0, at) + s.slice(at + (e.len ?? 1));
    else {
      const lines = s.split('\n');
      const i = lines.length === 0 ? 0 : e.at % lines.length;
      lines.splice(i, 0, lines[i] ?? '');
      s = lines.join('\n');
    }
  }
  return s;
}
