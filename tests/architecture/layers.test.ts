/**
 * The layer rule of src/ (docs/development.md): folders only import downwards, no import cycle
 * between files, no source file over 500 lines.
 *
 *   cli → analysis → metrics → graph → model;  io → model;  report → analysis (report types), model, graph
 *
 * The library's entry (src/index.ts) may import every folder but cli. Type-only imports count too:
 * they shape the public types.
 */
import { describe, expect, it } from 'vitest';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const SRC = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'src');

/** Folder → folders it may import (besides itself). */
const ALLOWED: Record<string, readonly string[]> = {
  model: [],
  graph: ['model'],
  metrics: ['graph', 'model'],
  io: ['model'],
  analysis: ['metrics', 'graph', 'model'],
  report: ['analysis', 'graph', 'model'],
  cli: ['analysis', 'metrics', 'graph', 'model', 'io', 'report'],
  '.': ['analysis', 'metrics', 'graph', 'model', 'io', 'report'],
};
/** Files whose imports report/ may take from analysis/: the report object's types only. */
const REPORT_MAY_READ = new Set(['analysis/report-types.ts']);
const MAX_LINES = 500;

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) {
      if (p === join(SRC, 'report', 'viewer')) continue; // browser bundle, built separately
      out.push(...sourceFiles(p));
    } else if (e.name.endsWith('.ts')) out.push(p);
  }
  return out;
}

const files = sourceFiles(SRC).map((p) => relative(SRC, p).split(sep).join('/'));
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s*['"](\.{1,2}\/[^'"]+)['"]|import\(\s*['"](\.{1,2}\/[^'"]+)['"]\s*\)/g;

function importsOf(file: string): string[] {
  const text = readFileSync(join(SRC, file), 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(IMPORT)) {
    const spec = m[1] ?? m[2];
    const target = normalize(join(dirname(file), spec)).split(sep).join('/').replace(/\.js$/, '.ts');
    out.push(target);
  }
  return out;
}

const folderOf = (file: string): string => (file.includes('/') ? file.split('/')[0] : '.');
const graph = new Map(files.map((f) => [f, importsOf(f)]));

describe('layers', () => {
  it('every folder is known to the rule', () => {
    expect([...new Set(files.map(folderOf))].filter((f) => !(f in ALLOWED))).toEqual([]);
  });

  it('imports only point down', () => {
    const violations: string[] = [];
    for (const [file, targets] of graph) {
      const from = folderOf(file);
      for (const t of targets) {
        const to = folderOf(t);
        if (to === from) continue;
        if (!ALLOWED[from].includes(to)) violations.push(`${file} → ${t}`);
        else if (from === 'report' && to === 'analysis' && !REPORT_MAY_READ.has(t)) violations.push(`${file} → ${t} (report reads the report types only)`);
      }
    }
    expect(violations).toEqual([]);
  });

  it('no import cycle between files', () => {
    // Tarjan's strongly connected components over the file graph.
    const index = new Map<string, number>();
    const low = new Map<string, number>();
    const stack: string[] = [];
    const on = new Set<string>();
    const cycles: string[][] = [];
    let next = 0;
    const visit = (v: string): void => {
      index.set(v, next);
      low.set(v, next++);
      stack.push(v);
      on.add(v);
      for (const w of graph.get(v) ?? []) {
        if (!graph.has(w)) continue;
        if (!index.has(w)) {
          visit(w);
          low.set(v, Math.min(low.get(v)!, low.get(w)!));
        } else if (on.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
      if (low.get(v) === index.get(v)) {
        const comp: string[] = [];
        let w: string;
        do {
          w = stack.pop()!;
          on.delete(w);
          comp.push(w);
        } while (w !== v);
        if (comp.length > 1) cycles.push(comp.sort());
      }
    };
    for (const f of files) if (!index.has(f)) visit(f);
    expect(cycles).toEqual([]);
  });

  it(`no source file over ${MAX_LINES} lines`, () => {
    const long = files
      .map((f) => ({ f, lines: readFileSync(join(SRC, f), 'utf8').split('\n').length }))
      .filter((x) => x.lines > MAX_LINES)
      .map((x) => `${x.f} (${x.lines})`);
    expect(long).toEqual([]);
  });

  it('the rule itself catches a violation (self-check)', () => {
    // An upward import written in a string the scanner reads like a file.
    const text = "import { x } from '../cli/main.js';";
    const found = [...text.matchAll(IMPORT)].map((m) => m[1]);
    expect(found).toEqual(['../cli/main.js']);
  });
});
