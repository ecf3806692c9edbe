import { it } from 'vitest';
import { readCluster } from '../../src/io/read-cluster.js';
import { buildCluster } from '../../src/model/build-graph.js';
import { writeFileSync } from 'node:fs';
it('msgs', async () => {
  for (const [m, t] of [['no-id-members.csv','members.csv'],['members.csv','unknown-member-ties.csv'],['members.csv','bad-weight-ties.csv'],['members.csv','long-row-ties.csv'],['members.csv','unclosed-quote-ties.csv'],['duplicate-id-members.csv','x'],['members.csv','no-source-ties.csv'],['empty.csv','x']]) {
    try { await readCluster({ members: 'fixtures/input/broken/' + m, ties: 'fixtures/input/broken/' + t }); } catch (e) { console.log((e as Error).message); }
  }
  try { buildCluster({ members: 'id\nA\nB\n', ties: 'source,target,weight\nA,B,"2,5"\n' }); } catch (e) { console.log((e as Error).message); }
  const d = await readCluster({ members: 'fixtures/input/cluster/members.csv' });
  for (const w of d.warnings) console.log(w.code, '|', w.message);
  const n = 100000, m = 1000000;
  const members = ['id,type,level'];
  for (let i = 0; i < n; i++) members.push(`M${i},school,national`);
  const ties = ['source,target,weight'];
  let x = 1;
  const rand = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  for (let e = 0; e < m; e++) ties.push(`M${Math.floor(rand() * n)},M${Math.floor(rand() * n)},${1 + (e % 5)}`);
  writeFileSync('/tmp/bm.csv', members.join('\n')); writeFileSync('/tmp/bt.csv', ties.join('\n'));
  const t0 = performance.now();
  const big = await readCluster({ members: '/tmp/bm.csv', ties: '/tmp/bt.csv' });
  console.log('1M ties', performance.now() - t0, big.graph.size, process.memoryUsage().heapUsed / 1e6);
}, 300000);
