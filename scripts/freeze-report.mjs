#!/usr/bin/env node
// Writes the frozen reports the renderer tests read (tests/report/*): the JSON report of the bundled
// example (fixtures/example, 200 E-I permutations, other options default), undirected and directed:
//   fixtures/report/example.report.json, fixtures/report/example-directed.report.json
// Renderer tests run on these files, so a change in a measure does not break them. Refresh them
// (`npm run build && node scripts/freeze-report.mjs`) when the example's files or the report's shape
// change (a field added, renamed or removed), then review the diff: the renderers must still pass.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const imp = (p) => import(pathToFileURL(join(root, 'dist', p)).href);
const { readInput } = await imp('io/read-input.js');
const { analyze } = await imp('analysis/analyze.js');
const { renderJson } = await imp('report/json.js');

process.chdir(root); // relative input paths in the report, as a user would type them
mkdirSync(join(root, 'fixtures', 'report'), { recursive: true });
for (const directed of [false, true]) {
  const data = await readInput({ members: 'fixtures/example/members.csv' }, { directed });
  const report = await analyze(data, { permutations: 200 });
  const file = join('fixtures', 'report', directed ? 'example-directed.report.json' : 'example.report.json');
  writeFileSync(join(root, file), renderJson(report));
  console.log(`${file} written (${report.members.length} members, ${report.summary.ties} ties)`);
}
