/** Report wording: singular/plural counts (no "1 members", no "(s)") and why a centralization is "—". */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../src/io/build-cluster.js';
import { analyze } from '../../src/analysis/analyze.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';
import { renderSvg } from '../../src/report/svg.js';
import {renderValidateText } from '../../src/cli/validate-command.js';
import { validateInput } from '../../src/io/validate.js';
import { plural } from '../../src/model/words.js';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const ONE = /\b1 (members|ties|arcs|components|isolates|communities|restarts|permutations|rows|pairs|warnings|projects|joint projects|partner mentions|new ties)\b/;

/** Visible text of an HTML page (tags and the embedded script/style removed). */
function visible(html: string): string {
  return html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<style[\s\S]*?<\/style>/g, '').replace(/<[^>]+>/g, ' ');
}

describe('counts are worded in the singular for 1', () => {
  it('plural()', () => {
    expect([plural(0, 'member'), plural(1, 'member'), plural(2, 'community', 'communities')]).toEqual(['0 members', '1 member', '2 communities']);
  });

  it('a cluster of one tie, one component, one community: text, Markdown, HTML, SVG', async () => {
    const data = buildCluster({ members: 'id,name\nA,Alpha\nB,Beta\n', ties: 'source,target\nA,B\n' });
    const report = await analyze(data, { permutations: 1, restarts: 1 });
    expect(report.summary.components).toBe(1);
    const text = renderText(report);
    const md = renderMarkdown(report);
    const html = renderHtml(report, data.toGraph());
    const svg = renderSvg(report, data.toGraph());
    for (const [name, out] of [['text', text], ['markdown', md], ['html', visible(html)], ['svg', svg]] as const) {
      expect(out, name).not.toMatch(ONE);
      expect(out, name).not.toContain('(s)');
    }
    expect(visible(html)).toContain('1 component, the largest with 2 members; 0 isolates.');
    expect(text).toContain('1 community; seed 42, 1 restart,');
  });

  it('validate: one member, one row, one warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'cg-words-'));
    writeFileSync(join(dir, 'members.csv'), 'id\nA\nB\n');
    writeFileSync(join(dir, 'ties.csv'), 'source,target,weight\nA,B\n');
    const out = renderValidateText(await validateInput({ members: join(dir, 'members.csv'), ties: join(dir, 'ties.csv') }));
    expect(out).toContain(`${join(dir, 'ties.csv')}: 1 tie from 1 row (`);
    expect(out).toContain('1 warning: the input can be analysed');
    expect(out).not.toMatch(ONE);
  });
});

describe('a centralization shown as "—" says why', () => {
  it('closeness of a disconnected graph: text, Markdown and HTML', async () => {
    const data = buildCluster({ members: 'id\nA\nB\nC\nD\nE\n', ties: 'source,target\nA,B\nB,C\nD,E\n' });
    const report = await analyze(data, { permutations: 0 });
    expect(report.summary.centralization.closeness).toBeNull();
    expect(report.summary.centralization.degree).not.toBeNull();
    const reason = 'not defined: the graph is not connected (closeness needs every member to reach every other)';
    expect(renderText(report)).toContain(`    — closeness: ${reason}`);
    expect(renderMarkdown(report)).toMatch(/\| Closeness\s*\| — \(not defined: the graph is not connected/);
    expect(visible(renderHtml(report, data.toGraph()))).toContain(`— closeness: ${reason}.`);
  });

  it('directed and not strongly connected', async () => {
    const data = buildCluster({ members: 'id\nA\nB\nC\n', ties: 'source,target\nA,B\nB,C\n' }, { directed: true });
    const text = renderText(await analyze(data, { permutations: 0 }));
    expect(text).toContain('    — closeness: not defined: the graph is not strongly connected');
  });
});
