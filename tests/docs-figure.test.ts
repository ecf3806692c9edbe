/** The figure shown in the README is the bundled example's SVG as the current code draws it. */
import { describe, it, expect } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DOMParser } from '@xmldom/xmldom';
import { readInput } from '../src/io/read-input.js';
import { analyze } from '../src/analysis/analyze.js';
import { renderSvg } from '../src/report/svg.js';
import { FIXTURES } from './helpers/reference.js';

const DOCS = join(FIXTURES, '..', 'docs');

describe('docs/figure.svg', () => {
  it('is well-formed, has one mark per member and is what the code draws today (regenerate with scripts/make-docs-figures.mjs)', async () => {
    const svg = readFileSync(join(DOCS, 'figure.svg'), 'utf8');
    const errors: string[] = [];
    const doc = new DOMParser({ onError: (level: string, msg: string) => void errors.push(`${level}: ${msg}`) }).parseFromString(svg, 'image/svg+xml');
    expect(errors).toEqual([]);
    expect(doc.documentElement?.nodeName).toBe('svg');
    const data = await readInput({ members: join(FIXTURES, 'example', 'members.csv') });
    const report = await analyze(data);
    expect((svg.match(/<circle[^>]*data-id=/g) ?? []).length).toBe(report.members.length);
    expect(svg).toBe(renderSvg(report, data.toGraph()));
    expect(readFileSync(join(FIXTURES, '..', 'README.md'), 'utf8')).toContain('docs/figure.svg');
  });
});
