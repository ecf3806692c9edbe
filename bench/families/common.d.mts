/** Types of the typed-array helpers of the benchmark generators (bench/families/common.mjs). */
export class EdgeSet {
  constructor(n: number, expected: number);
  size: number;
  has(a: number, b: number): boolean;
  add(a: number, b: number): boolean;
  delete(a: number, b: number): boolean;
}
export class Adjacency {
  constructor(n: number, expectedArcs: number);
  deg: Int32Array;
  at(v: number, k: number): number;
  push(v: number, w: number): void;
  link(a: number, b: number): void;
}
