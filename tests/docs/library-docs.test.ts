/**
 * docs/library.md documents the package's exports: every name it presents as one — a call in a code
 * span (`analyze(`), a name in the first cell of an export table or in the "exports" column of the
 * measures table, an UPPER_CASE constant, a PascalCase type — is really exported by src/index.ts.
 * Values are checked on the module itself; types on the TypeScript exports of the entry point.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import * as lib from '../../src/index.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const PAGE = readFileSync(join(ROOT, 'docs', 'library.md'), 'utf8');

/** Names written in code spans that are not exports of this package, on purpose. */
const NOT_EXPORTS = new Map<string, string>([
  ['require', 'Node.js'],
  ['main', 'the example function of the CommonJS snippet'],
  ['onPhase', 'an analysis option (a callback), not an export'],
  ['Graph', "graphology's class"],
]);

/** The page's prose (fenced code blocks removed). */
function prose(text: string): string {
  return text.replace(/^```[\s\S]*?^```/gm, '');
}

/** Names the page presents as exports. */
function documentedNames(text: string): { values: Set<string>; all: Set<string> } {
  const values = new Set<string>();
  const all = new Set<string>();
  const body = prose(text);
  const spans = [...body.matchAll(/`([^`]+)`/g)].map((m) => m[1].replace(/\s+/g, ' '));
  for (const span of spans) {
    // A call: `name(`, not a method (`data.graph`, `graph.copy()`).
    const call = /^([A-Za-z_$][\w$]*)\(/.exec(span);
    if (call) values.add(call[1]);
    // An UPPER_CASE constant alone in its span.
    if (/^[A-Z][A-Z0-9_]+$/.test(span) && span.length > 2) values.add(span);
    // A PascalCase name alone in its span: a class or a type.
    if (/^[A-Z][a-z]\w*$/.test(span)) all.add(span);
  }
  // Export tables: the first cell of tables whose header starts with `export` or `function`, and the
  // `exports` column of the measures table.
  let column = -1;
  for (const line of body.split('\n')) {
    if (!line.startsWith('|')) {
      column = -1;
      continue;
    }
    const cells = line.split('|').slice(1, -1).map((c) => c.trim());
    if (column === -1 && !/^\|\s*-/.test(line)) {
      column = cells.findIndex((c) => /^(export|exports|function)$/.test(c));
      continue;
    }
    if (column < 0 || /^-+$/.test(cells[0] ?? '')) continue;
    for (const m of (cells[column] ?? '').matchAll(/`([A-Za-z_$][\w$]*)/g)) {
      if (/^[A-Z]\w*[a-z]\w*$/.test(m[1]) && !(m[1] in lib)) all.add(m[1]);
      else values.add(m[1]);
    }
  }
  for (const v of values) all.add(v);
  for (const n of NOT_EXPORTS.keys()) {
    values.delete(n);
    all.delete(n);
  }
  return { values, all };
}

/** Every name src/index.ts exports, types included (TypeScript's view of the module). */
function entryExports(): Set<string> {
  const config = ts.getParsedCommandLineOfConfigFile(join(ROOT, 'tsconfig.json'), {}, { ...ts.sys, onUnRecoverableConfigFileDiagnostic: () => {} });
  const entry = join(ROOT, 'src', 'index.ts');
  const program = ts.createProgram([entry], { ...config!.options, noEmit: true });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const module = checker.getSymbolAtLocation(source)!;
  return new Set(checker.getExportsOfModule(module).map((s) => s.getName()));
}

describe('docs/library.md', () => {
  const { values, all } = documentedNames(PAGE);

  it('names a good number of exports (the parser finds them)', () => {
    for (const name of ['readInput', 'analyze', 'renderHtml', 'betweenness', 'typeResolver', 'FIELDS', 'DEFAULT_OPTIONS']) expect(values).toContain(name);
    expect(values.size).toBeGreaterThan(80);
  });

  it('every function and constant it documents is exported by the package', () => {
    const missing = [...values].filter((name) => !(name in lib)).sort();
    expect(missing, `documented in docs/library.md but not exported by src/index.ts: ${missing.join(', ')}`).toEqual([]);
  });

  it('every type and class it documents is exported by the package', () => {
    const exported = entryExports();
    const missing = [...all].filter((name) => !exported.has(name)).sort();
    expect(missing, `documented in docs/library.md but not exported by src/index.ts: ${missing.join(', ')}`).toEqual([]);
  }, 60_000);
});
