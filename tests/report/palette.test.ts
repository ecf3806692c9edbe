/** Tie colours are distinct from every member colour (groups, "other", missing) and from one another. */
import { describe, expect, it } from 'vitest';
import { GROUP_PALETTE, MISSING_COLOR, OTHER_COLOR, SVG_TIE_COLOR, TIE_COLORS } from '../../src/report/palette.js';

/** sRGB hex → CIE L*a*b* (D65). */
function lab(hex: string): [number, number, number] {
  const c = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((v) => (v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4));
  const [r, g, b] = c;
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 216 / 24389 ? Math.cbrt(t) : (24389 / 27 * t + 16) / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIE76 colour difference. */
function deltaE(a: string, b: string): number {
  const p = lab(a);
  const q = lab(b);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

const MEMBER_COLORS = [...GROUP_PALETTE, OTHER_COLOR, MISSING_COLOR];
const TIES = [...Object.values(TIE_COLORS), SVG_TIE_COLOR];

describe('tie palette', () => {
  it('no tie colour equals a member colour; each is at least 20 ΔE (CIE76) from all of them and the orientations from one another', () => {
    expect(deltaE('#FFFFFF', '#000000')).toBeCloseTo(100, 4); // the scale of ΔE
    for (const t of TIES) {
      for (const m of MEMBER_COLORS) {
        expect(t.toLowerCase(), `${t} vs ${m}`).not.toBe(m.toLowerCase());
        expect(deltaE(t, m), `${t} vs ${m}`).toBeGreaterThanOrEqual(20);
      }
    }
    const list = Object.values(TIE_COLORS);
    for (let i = 0; i < list.length; i++) for (let j = i + 1; j < list.length; j++) expect(deltaE(list[i], list[j])).toBeGreaterThanOrEqual(20);
  });
});
