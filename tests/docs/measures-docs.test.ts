import { describe, expect, it } from 'vitest';
import { readFileSync } from 'node:fs';
import { renderMeasuresReference } from '../../src/report/measures-reference.js';
import { FIELDS, REFERENCES, SECTIONS, TOPICS } from '../../src/report/catalogue/index.js';

describe('docs/measures.md', () => {
  it('is the measures reference generated from the field catalogue (run `npm run docs:measures` after changing it)', () => {
    expect(readFileSync('docs/measures.md', 'utf8')).toBe(renderMeasuresReference());
  });

  it('has every section, topic and field of the catalogue, and every reference', () => {
    const text = renderMeasuresReference();
    for (const s of SECTIONS) expect(text).toContain(`\n## ${s.title}\n`);
    for (const t of TOPICS) expect(text).toContain(`\n### ${t.title}\n`);
    for (const f of FIELDS) expect(text).toContain(`\n#### \`${f.path}\` — ${f.title}\n`);
    for (const r of REFERENCES) expect(text).toContain(`- ${r.cite}. ${r.text}`);
  });

  it('cites only works listed in the references', () => {
    // Every "Author (year)" or "Author & Author (year)" cited in a field or topic is in REFERENCES.
    const cited = new Set<string>();
    const texts = [...FIELDS.map((f) => f.citation ?? ''), ...TOPICS.map((t) => t.citation)];
    for (const t of texts) for (const m of t.matchAll(/([A-Z][\p{L}-]+(?: (?:&|et al\.)(?: [A-Z][\p{L}-]+)?)?) \((\d{4})/gu)) cited.add(`${m[1].replace(/ et al\.$/, '')}|${m[2]}`);
    const listed = REFERENCES.map((r) => r.cite);
    for (const c of cited) {
      const [who, year] = c.split('|');
      const first = who.split(' ')[0];
      expect(listed.some((l) => l.includes(first) && l.includes(year) && (!who.includes('&') || l.includes(who.split(' & ')[1]))), `${who} (${year})`).toBe(true);
    }
  });
});
