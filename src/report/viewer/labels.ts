/**
 * Label placement of the HTML report's interactive network (one frame at a time): each label sigma
 * offers is put at the first of four places around its member (right, left, above, below) where it
 * lies wholly inside the canvas and clear of every label already drawn in the frame; when none is
 * free the label is not drawn (zooming in or hovering shows it). Widths are measured by the canvas, so
 * the guarantee is exact: labels never leave the canvas and never overlap one another. They may cover
 * other members' dots (unlike the SVG figure, where labels avoid every member).
 */

export interface LabelBox {
  /** Left, top, width, height (CSS pixels of the canvas). */
  x: number;
  y: number;
  w: number;
  h: number;
}

export interface LabelSpot {
  /** Where to call fillText with textAlign "left" and textBaseline "alphabetic". */
  textX: number;
  textY: number;
  box: LabelBox;
}

/** Gap between a member's disc and its label, and between labels and the canvas edge (px). */
const GAP = 3;
const EDGE = 2;

/** Greedy, per-frame placement of labels inside a `width` × `height` canvas. */
export class LabelPlacer {
  private placed: LabelBox[] = [];

  constructor(
    private width = 0,
    private height = 0,
  ) {}

  /** Starts a frame (sigma's "beforeRender"): forgets the labels placed so far. */
  reset(width: number, height: number): void {
    this.width = width;
    this.height = height;
    this.placed = [];
  }

  /** The boxes placed in this frame (for tests and debugging). */
  boxes(): readonly LabelBox[] {
    return this.placed;
  }

  /**
   * Places the label of a member drawn at (cx, cy) with radius r; `text` is the label's size as the
   * canvas measures it (width, ascent and descent above and below the alphabetic baseline, px).
   * Returns where to draw it, or null when it does not fit anywhere.
   */
  place(cx: number, cy: number, r: number, text: { width: number; ascent: number; descent: number }): LabelSpot | null {
    const w = text.width;
    const h = text.ascent + text.descent;
    const candidates: [number, number][] = [
      [cx + r + GAP, cy - h / 2], // right
      [cx - r - GAP - w, cy - h / 2], // left
      [cx - w / 2, cy - r - GAP - h], // above
      [cx - w / 2, cy + r + GAP], // below
    ];
    for (const [x, y] of candidates) {
      const box = { x, y, w, h };
      if (!this.inside(box) || this.placed.some((p) => overlap(p, box))) continue;
      this.placed.push(box);
      return { textX: x, textY: y + text.ascent, box };
    }
    return null;
  }

  private inside(b: LabelBox): boolean {
    return b.x >= EDGE && b.y >= EDGE && b.x + b.w <= this.width - EDGE && b.y + b.h <= this.height - EDGE;
  }
}

export function overlap(a: LabelBox, b: LabelBox): boolean {
  return a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h;
}
