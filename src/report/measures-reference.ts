/**
 * The measures reference (docs/measures.md), generated from the field catalogue
 * (src/report/catalogue/): the preamble, a table of every field with its use of tie weights and its
 * peer, then one chapter per section, one subsection per topic (the short definition, citation and
 * reading the reports print, then the notes: library functions, variants, degenerate cases) with every
 * field of the topic (definition, citation, peer, weights, format, reading), and the references.
 * `npm run docs:measures` writes it; tests/docs/measures-docs.test.ts keeps the file in sync.
 */
import { citationOf, definitionOf, FIELDS, PREAMBLE, readingOf, REFERENCES, SECTIONS, TOPICS, type FieldEntry } from './catalogue/index.js';

/** A table cell: pipes escaped, line breaks as spaces. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

/** How a field is written, in words. */
export function formatText(f: FieldEntry): string {
  let s: string = f.format;
  if (f.format === 'decimal') s = `decimal (${f.digits ?? 3} decimals in the text reports)`;
  if (f.byRole) s = `object: one ${s} per brokerage role (coordinator, itinerant, representative, gatekeeper, liaison, total)`;
  if (f.directedOnly) s += '; directed graphs only';
  if (f.optional) s += '; present when the reader provides it';
  return s;
}

/** Notes: paragraphs and tables separated by a blank line, consecutive bullets as one list. */
function notes(items: readonly string[]): string[] {
  const out: string[] = [];
  items.forEach((item, i) => {
    const bullet = item.startsWith('- ');
    if (i > 0 && !(bullet && items[i - 1].startsWith('- '))) out.push('');
    out.push(item);
  });
  return out;
}

function fieldBlock(f: FieldEntry): string[] {
  const out = [`#### \`${f.path}\` — ${f.title}`, ''];
  out.push(`- Label: “${f.label}”${f.columnLabel && f.columnLabel !== f.label ? ` (tables: “${f.columnLabel}”)` : ''}`);
  out.push(`- Definition: ${definitionOf(f)}`);
  out.push(`- Citation: ${citationOf(f)}`);
  out.push(`- Peer: ${f.peer}`);
  out.push(`- Weights: ${f.weights}`);
  out.push(`- Format: ${formatText(f)}`);
  out.push(`- Reading: ${readingOf(f)}`);
  return out;
}

/** The measures reference as Markdown (docs/measures.md). Deterministic. */
export function renderMeasuresReference(): string {
  const out: string[] = [];
  out.push('# Measures', '');
  out.push('<!-- Generated from src/report/catalogue/ by `npm run docs:measures`; do not edit by hand (tests/docs/measures-docs.test.ts checks it). -->', '');
  for (const p of PREAMBLE) out.push(p, '');

  out.push('## Fields at a glance', '');
  out.push('| field | title | weights | peer it matches (reference datasets, tolerance) |', '|---|---|---|---|');
  for (const f of FIELDS) out.push(`| \`${f.path}\` | ${cell(f.title)} | ${cell(f.weights)} | ${cell(f.peer)} |`);
  out.push('');

  for (const section of SECTIONS) {
    out.push(`## ${section.title}`, '');
    for (const p of section.intro) out.push(p, '');
    if (section.reading) out.push(`*Reading of the summary:* ${section.reading}`, '');
    for (const t of TOPICS.filter((x) => x.section === section.key)) {
      out.push(`### ${t.title}`, '');
      out.push(`${t.definition} *Source:* ${t.citation}`, '');
      out.push(`*Reading:* ${t.reading}`, '');
      if (t.notes.length > 0) out.push(...notes(t.notes), '');
      for (const f of FIELDS.filter((x) => x.topic === t.key)) out.push(...fieldBlock(f), '');
    }
  }

  out.push('## References', '');
  for (const r of REFERENCES) out.push(`- ${r.cite}. ${r.text}`);
  out.push('');
  return out.join('\n');
}
