/**
 * Open-addressing hash table from an (a, b) pair of member indices to a tie index: a Map keyed by
 * a·n + b (beyond 2³¹ at 100k members, so stored as heap numbers) costs several times more at a
 * million ties.
 */
export class PairTable {
  private keyA = new Int32Array(0);
  private keyB = new Int32Array(0);
  /** Tie index + 1; 0 = empty slot. */
  private value = new Int32Array(0);
  private mask = -1;
  private count = 0;

  constructor() {
    this.allocate(1024);
  }

  private allocate(capacity: number): void {
    this.keyA = new Int32Array(capacity);
    this.keyB = new Int32Array(capacity);
    this.value = new Int32Array(capacity);
    this.mask = capacity - 1;
  }

  private slot(a: number, b: number): number {
    let h = Math.imul(a, 0x9e3779b1) ^ Math.imul(b + 0x7f4a7c15, 0x85ebca77);
    h ^= h >>> 15;
    h = Math.imul(h, 0x2c1b3c6d);
    h ^= h >>> 13;
    let i = h & this.mask;
    while (this.value[i] !== 0 && (this.keyA[i] !== a || this.keyB[i] !== b)) i = (i + 1) & this.mask;
    return i;
  }

  /** The tie index of the pair, or -1. */
  get(a: number, b: number): number {
    return this.value[this.slot(a, b)] - 1;
  }

  set(a: number, b: number, index: number): void {
    if (2 * (this.count + 1) > this.mask + 1) {
      const { keyA, keyB, value } = this;
      this.allocate(2 * (this.mask + 1));
      for (let i = 0; i < value.length; i++) {
        if (value[i] === 0) continue;
        const j = this.slot(keyA[i], keyB[i]);
        this.keyA[j] = keyA[i];
        this.keyB[j] = keyB[i];
        this.value[j] = value[i];
      }
    }
    const i = this.slot(a, b);
    if (this.value[i] === 0) this.count++;
    this.keyA[i] = a;
    this.keyB[i] = b;
    this.value[i] = index + 1;
  }
}
