/** Label placement of the HTML viewer (src/report/viewer/labels.ts): inside the canvas, never overlapping. */
import { describe, expect, it } from 'vitest';
import { LabelPlacer, overlap } from '../../src/report/viewer/labels.js';
import { createRng } from '../../src/graph/random.js';

const TEXT = { width: 120, ascent: 9, descent: 3 };

describe('LabelPlacer', () => {
  it('right of the member when there is room; left near the right edge; above/below when both sides are full', () => {
    const p = new LabelPlacer(400, 300);
    expect(p.place(100, 100, 5, TEXT)!.box).toEqual({ x: 108, y: 94, w: 120, h: 12 });
    expect(p.place(390, 200, 5, TEXT)!.box.x).toBe(390 - 5 - 3 - 120);
    const q = new LabelPlacer(260, 300);
    q.place(20, 100, 5, TEXT); // right of it: 28 … 148
    const spot = q.place(140, 100, 5, TEXT)!; // right would leave the canvas, left overlaps → above
    expect(spot.box).toEqual({ x: 80, y: 100 - 5 - 3 - 12, w: 120, h: 12 });
    expect(spot.textY).toBe(spot.box.y + 9);
  });

  it('no label when no place is free; reset starts a new frame', () => {
    const p = new LabelPlacer(300, 40);
    expect(p.place(5, 20, 4, TEXT)!.box.x).toBe(12); // 12 … 132
    // Right would leave the canvas, left (123 … 243) overlaps the first label, above and below leave it.
    expect(p.place(250, 20, 4, TEXT)).toBeNull();
    p.reset(300, 40);
    expect(p.boxes()).toEqual([]);
    expect(p.place(250, 20, 4, TEXT)!.box.x).toBe(123);
  });

  it('500 random labels on a small canvas: every one drawn lies inside it and none overlaps another', () => {
    const rng = createRng(7);
    const p = new LabelPlacer(600, 400);
    let drawn = 0;
    for (let i = 0; i < 500; i++) {
      const spot = p.place(rng() * 600, rng() * 400, 2 + rng() * 10, { width: 20 + rng() * 200, ascent: 9, descent: 3 });
      if (spot) drawn++;
    }
    const boxes = p.boxes();
    expect(boxes.length).toBe(drawn);
    expect(drawn).toBeGreaterThan(20);
    for (const b of boxes) {
      expect(b.x).toBeGreaterThanOrEqual(2);
      expect(b.y).toBeGreaterThanOrEqual(2);
      expect(b.x + b.w).toBeLessThanOrEqual(598);
      expect(b.y + b.h).toBeLessThanOrEqual(398);
    }
    for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) expect(overlap(boxes[i], boxes[j])).toBe(false);
  });
});
