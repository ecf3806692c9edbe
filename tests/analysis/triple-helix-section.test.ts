/** The Triple-Helix section shows the helix mapping and says why a T is 0 or undefined. */
import { describe, expect, it } from 'vitest';
import { buildCluster } from '../../src/io/build-cluster.js';
import { tripleHelixSection, HELIX_RULE } from '../../src/analysis/triple-helix-section.js';
import { analyze } from '../../src/analysis/analyze.js';
import { renderText } from '../../src/report/text.js';
import { renderMarkdown } from '../../src/report/markdown.js';
import { renderHtml } from '../../src/report/html.js';

const members = [
  { id: 'U', name: 'Universitet', type: 'Universitet' },
  { id: 'S1', name: 'Maktab 1', type: 'Maktab' },
  { id: 'S2', name: 'Maktab 2', type: 'maktab' },
  { id: 'V', name: 'Vazirlik', type: 'Vazirlik' },
  { id: 'N', name: 'NNT', type: 'NNT' },
  { id: 'M', name: 'Mahalla', type: 'Mahalla' },
];
const ties = [
  { source: 'U', target: 'S1' },
  { source: 'S1', target: 'S2' },
  { source: 'V', target: 'S2' },
  { source: 'N', target: 'U' },
  { source: 'M', target: 'N' },
];
// No business anywhere: industry takes part in no project.
const projects = [
  { project: 'P1', member: 'U' },
  { project: 'P1', member: 'V' },
  { project: 'P2', member: 'S1' },
  { project: 'P2', member: 'N' },
  { project: 'P3', member: 'V' },
  { project: 'P3', member: 'S2' },
  { project: 'P3', member: 'N' },
  { project: 'P4', member: 'M' },
];

describe('Triple-Helix mapping and explanation', () => {
  const data = buildCluster({ members, ties });

  it('maps each type as written to its class and helix', () => {
    const th = tripleHelixSection({ projects: { file: null, rows: projects } }, data.toGraph())!;
    expect(th.helixMapping).toEqual([
      { type: 'Mahalla', typeClass: null, helix: null, members: 1 },
      { type: 'Maktab', typeClass: 'school', helix: 'academia', members: 2 },
      { type: 'NNT', typeClass: 'ngo', helix: 'civil', members: 1 },
      { type: 'Universitet', typeClass: 'university', helix: 'academia', members: 1 },
      { type: 'Vazirlik', typeClass: 'state', helix: 'government', members: 1 },
    ]);
    expect(th.membersByHelix).toEqual({ academia: 3, industry: 0, government: 1, civil: 1, none: 1 });
  });

  it('says why the triads with industry are 0', () => {
    const th = tripleHelixSection({ projects: { file: null, rows: projects } }, data.toGraph())!;
    expect(th.projects).toBe(3);
    expect(th.projectsWithoutHelix).toBe(1);
    expect(th.T_AIG).toBe(0);
    expect(th.triads.IGC).toBe(0);
    expect(th.explanation[0]).toBe(HELIX_RULE);
    expect(th.explanation).toContain('Members by helix: academia 3, industry 0, government 1, civil 1, none 1.');
    expect(th.explanation).toContain('Projects by helix (of 3): academia 3, industry 0, government 2, civil 2.');
    expect(th.explanation).toContain('No project has a member of industry (0 of 3): H_I = 0, so T(A,I,G), T(A,I,C), T(I,G,C) and T(A,I,G,C) are 0.');
    // Academia takes part in every project: its entropy is 0 too.
    expect(th.explanation).toContain('Every project has a member of academia (3 of 3): H_A = 0, so T(A,I,G), T(A,I,C), T(A,G,C) and T(A,I,G,C) are 0.');
    expect(th.explanation).toContain('No project has members of all three of academia, industry and government.');
  });

  it('says why everything is undefined when no project has a member with a helix', () => {
    const th = tripleHelixSection({ projects: { file: null, rows: [{ project: 'P', member: 'M' }] } }, data.toGraph())!;
    expect(th.T_AIG).toBeNull();
    expect(th.explanation.at(-1)).toBe('No project has a member with a helix (1 project(s) left out), so every entropy and T is undefined (null).');
  });

  it('the reports show the helix of each member, the mapping and the explanation', async () => {
    const report = await analyze({ ...data, projects: { file: null, rows: projects } }, { permutations: 0, keyPlayers: 0, groupBy: 'helix' });
    expect(report.members.map((m) => m.helix)).toEqual(['academia', 'academia', 'academia', 'government', 'civil', null]);
    expect(report.synergy.groups).toEqual(['academia', 'civil', 'government']);
    expect(report.summary.byHelix).toEqual([
      { value: 'academia', count: 3 },
      { value: 'civil', count: 1 },
      { value: 'government', count: 1 },
      { value: null, count: 1 },
    ]);
    const text = renderText(report, { color: false });
    expect(text).toContain('Maktab → academia (2)');
    expect(text).toContain('No project has a member of industry');
    const md = renderMarkdown(report);
    expect(md).toContain('| Maktab | school | academia | 2 |');
    expect(md).toContain('- No project has a member of industry');
    const html = renderHtml(report, data.toGraph());
    expect(html).toContain('No project has a member of industry');
    expect(html).toContain('<th');
  });
});
