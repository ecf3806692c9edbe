import graphology from 'graphology';
const { UndirectedGraph } = graphology;
const n = 100000, m = 1000000;
let x = 7; const rand = () => { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; return x / 4294967296; };
const S = [], T = [];
for (let e = 0; e < m; e++) { S.push(`M${Math.floor(rand() * n)}`); T.push(`M${Math.floor(rand() * n)}`); }
const ADJ = Object.create(null, { hasOwnProperty: { value: Object.prototype.hasOwnProperty } });
function dict(proto) { const o = Object.create(proto); o.__a = 1; o.__b = 1; delete o.__a; delete o.__b; return o; }
for (const variant of ['nullproto', 'dict-objproto', 'dict-adjproto', 'adjproto']) {
  const g = new UndirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < n; i++) g.addNode(`M${i}`);
  for (const d of g._nodes.values()) d.undirected = variant === 'nullproto' ? Object.create(null) : variant === 'adjproto' ? Object.create(ADJ) : dict(variant === 'dict-objproto' ? Object.prototype : ADJ);
  const seen = new Set();
  const t0 = performance.now();
  for (let e = 0; e < m; e++) {
    const a = S[e], b = T[e]; if (a === b) continue;
    const k = a < b ? a + '|' + b : b + '|' + a; if (seen.has(k)) continue; seen.add(k);
    g.addEdge(a, b, { weight: 1 });
  }
  const t1 = performance.now();
  let s = 0; g.forEachNode((nd) => { g.forEachNeighbor(nd, () => s++); });
  console.log(variant, Math.round(t1 - t0), 'iter', Math.round(performance.now() - t1), g.size, s, variant === 'nullproto' ? '' : g.hasEdge('M1', 'M2'));
}
