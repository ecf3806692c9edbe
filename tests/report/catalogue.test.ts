import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../src/io/build-cluster.js';
import { analyze } from '../../src/analysis/analyze.js';
import type { Report } from '../../src/analysis/report-types.js';
import { citationOf, definitionOf, FIELDS, findField, MEMBER_FIELDS, readingOf, SECTIONS, TOPICS } from '../../src/report/catalogue/index.js';
import { SIZE_MEASURES } from '../../src/report/svg.js';
import { frozenReport } from '../helpers/frozen-report.js';

const isRecord = (v: unknown): v is Record<string, unknown> => v !== null && typeof v === 'object' && !Array.isArray(v);

/** Paths of `value` (under `prefix`) without an entry: a record without its own entry is checked key by key. */
function uncatalogued(prefix: string, value: unknown): string[] {
  if (findField(prefix)) return [];
  if (!isRecord(value)) return [prefix];
  return Object.entries(value).flatMap(([k, v]) => uncatalogued(`${prefix}.${k}`, v));
}

function missingFields(report: Report): string[] {
  const missing = new Set<string>();
  for (const m of report.members) for (const k of Object.keys(m)) if (!findField(`members[].${k}`)) missing.add(`members[].${k}`);
  for (const [k, v] of Object.entries(report.summary)) for (const p of uncatalogued(`summary.${k}`, v)) missing.add(p);
  return [...missing];
}

/** A small directed cluster with in/out-degrees and directed centralization. */
async function directedReport(): Promise<Report> {
  const data = buildCluster(
    {
      members: 'id,name,type,sector,level\na,A,university,academia,national\nb,B,school,education,institution\nc,C,business,industry,regional\nd,D,school,education,institution\n',
      ties: 'source,target,weight\na,b,2\nb,c,1\nc,a,1\nc,d,3\nd,b,1\n',
    },
    { directed: true },
  );
  return analyze(data, { permutations: 10 });
}

describe('field catalogue', () => {
  it('has an entry for every member and summary field of the example report, undirected and directed', async () => {
    expect(missingFields(frozenReport())).toEqual([]);
    expect(missingFields(frozenReport(true))).toEqual([]);
    expect(missingFields(await directedReport())).toEqual([]);
  });

  it('has a definition, citation, peer, weights, reading, label and title for every entry', () => {
    for (const f of FIELDS) {
      for (const [what, text] of [
        ['label', f.label],
        ['title', f.title],
        ['definition', definitionOf(f)],
        ['citation', citationOf(f)],
        ['peer', f.peer],
        ['weights', f.weights],
        ['reading', readingOf(f)],
      ] as const) {
        expect(text.trim(), `${f.path}: ${what}`).not.toBe('');
      }
    }
  });

  it('lists each path once, every entry under a known topic and every topic in a known section with a field', () => {
    const paths = FIELDS.map((f) => f.path);
    expect(new Set(paths).size).toBe(paths.length);
    const topics = new Set(TOPICS.map((t) => t.key));
    expect(topics.size).toBe(TOPICS.length);
    for (const f of FIELDS) expect(topics.has(f.topic), f.path).toBe(true);
    const sections = new Set(SECTIONS.map((s) => s.key));
    for (const t of TOPICS) {
      expect(sections.has(t.section), t.key).toBe(true);
      expect(FIELDS.some((f) => f.topic === t.key), t.key).toBe(true);
      for (const text of [t.title, t.definition, t.citation, t.reading]) expect(text.trim(), t.key).not.toBe('');
    }
  });

  it('lists only fields the report has (but optional and directed-only ones)', () => {
    const report = frozenReport() as unknown as Record<string, unknown>;
    const members = (report.members as Record<string, unknown>[])[0];
    for (const f of FIELDS) {
      if (f.optional || f.directedOnly) continue;
      let at: unknown = f.path.startsWith('members[].') ? members : report;
      for (const k of f.path.replace(/^members\[\]\./, '').split('.')) at = isRecord(at) && Object.prototype.hasOwnProperty.call(at, k) ? at[k] : undefined;
      expect(at, f.path).not.toBe(undefined);
    }
  });

  it('types every member field the way the report holds it', () => {
    const m = frozenReport().members.find((x) => x.degree > 1)! as unknown as Record<string, unknown>;
    for (const f of MEMBER_FIELDS) {
      const key = f.path.slice('members[].'.length);
      if (!(key in m) || m[key] === null) continue;
      const v = f.byRole ? (m[key] as Record<string, unknown>).total : m[key];
      if (f.format === 'int') expect(Number.isInteger(v), f.path).toBe(true);
      else if (f.format === 'decimal') expect(typeof v, f.path).toBe('number');
      else if (f.format === 'string') expect(typeof v, f.path).toBe('string');
    }
  });

  it('has a numeric member entry for every measure a drawing can size by', () => {
    for (const key of SIZE_MEASURES) expect(['int', 'decimal']).toContain(findField(`members[].${key}`)?.format);
  });
});
