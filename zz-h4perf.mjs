import graphology from 'graphology';
const { UndirectedGraph } = graphology;
const n = 100000, m = 1000000;
let x = 7; const rand = () => { x = (Math.imul(x, 1664525) + 1013904223) >>> 0; return x / 4294967296; };
const S = [], T = [];
for (let e = 0; e < m; e++) { S.push(`M${Math.floor(rand() * n)}`); T.push(`M${Math.floor(rand() * n)}`); }
for (const variant of ['addEdge', 'addEdgeWithKey', 'addEdge-noattr']) {
  const g = new UndirectedGraph({ allowSelfLoops: false });
  for (let i = 0; i < n; i++) g.addNode(`M${i}`);
  const seen = new Set();
  const t0 = performance.now();
  for (let e = 0; e < m; e++) {
    const a = S[e], b = T[e]; if (a === b) continue;
    const k = a < b ? a + '|' + b : b + '|' + a; if (seen.has(k)) continue; seen.add(k);
    if (variant === 'addEdge') g.addEdge(a, b, { weight: 1 });
    else if (variant === 'addEdgeWithKey') g.addEdgeWithKey(String(e), a, b, { weight: 1 });
    else g.addEdge(a, b);
  }
  console.log(variant, Math.round(performance.now() - t0), g.size);
}
