/**
 * One wave of a {@link UnionDrawing} as an inline SVG, against the wave before it: ties kept grey,
 * formed green, ended red and dashed; members present drawn, entrants ringed green, members gone
 * faded (red ring). Same positions in every drawing of the union.
 */
import { escapeXml as esc } from '../svg.js';
import type { UnionDrawing } from './union.js';

export const CHANGE_COLORS = Object.freeze({ kept: '#7A8290', formed: '#1A9850', ended: '#D73027', member: '#4A5A78', gone: '#C9CED6' });

/**
 * Draws wave `k` of the union; `previous` the wave it is compared with (null: the first, nothing
 * formed or ended). `title` names the drawing (its <title>, for screen readers).
 */
export function drawWave(d: UnionDrawing, k: number, previous: number | null, title: string, size = 560): string {
  const n = d.ids.length;
  const pad = 14;
  const X = (i: number) => (pad + d.x[i] * (size - 2 * pad)).toFixed(1);
  const Y = (i: number) => (pad + d.y[i] * (size - 2 * pad)).toFixed(1);
  const r = n > 2000 ? 1.2 : n > 300 ? 2.2 : 4;
  const out: string[] = [`<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${size} ${size}" width="${size}" height="${size}" role="img" class="wave"><title>${esc(title)}</title>`];
  const now = d.ties[k];
  const before = previous === null ? null : d.ties[previous];
  const line = (key: string, color: string, extra: string) => {
    const [a, b] = key.split(' ').map(Number);
    out.push(`<line x1="${X(a)}" y1="${Y(a)}" x2="${X(b)}" y2="${Y(b)}" stroke="${color}"${extra}/>`);
  };
  out.push('<g class="ties" stroke-width="1">');
  if (before !== null) for (const key of before.keys()) if (!now.has(key)) line(key, CHANGE_COLORS.ended, ' stroke-dasharray="4 3" class="ended"');
  for (const key of now.keys()) {
    const formed = before !== null && !before.has(key);
    line(key, formed ? CHANGE_COLORS.formed : CHANGE_COLORS.kept, formed ? ' class="formed"' : ' class="kept" stroke-opacity="0.6"');
  }
  out.push('</g><g class="members">');
  const seenBefore = (i: number) => d.present.slice(0, k).some((p) => p[i] === 1);
  for (let i = 0; i < n; i++) {
    const here = d.present[k][i] === 1;
    const was = previous !== null && d.present[previous][i] === 1;
    const label = `<title>${esc(d.names[i])} (${esc(d.ids[i])})</title>`;
    if (here) {
      const entrant = previous !== null && !was;
      out.push(`<circle cx="${X(i)}" cy="${Y(i)}" r="${r}" fill="${CHANGE_COLORS.member}"${entrant ? ` stroke="${CHANGE_COLORS.formed}" stroke-width="2" class="entrant"` : ''}>${label}</circle>`);
    } else if (was || seenBefore(i)) {
      out.push(`<circle cx="${X(i)}" cy="${Y(i)}" r="${r}" fill="${CHANGE_COLORS.gone}" fill-opacity="0.5" stroke="${CHANGE_COLORS.ended}" stroke-opacity="0.6" class="exit">${label}</circle>`);
    }
  }
  out.push('</g></svg>');
  return out.join('');
}

/** The legend of the change drawings (HTML). */
export function changeLegend(): string {
  const c = CHANGE_COLORS;
  const sw = (s: string) => `<svg width="28" height="10" aria-hidden="true">${s}</svg>`;
  return [
    `<span>${sw(`<line x1="2" y1="5" x2="26" y2="5" stroke="${c.kept}" stroke-width="2"/>`)} kept tie</span>`,
    `<span>${sw(`<line x1="2" y1="5" x2="26" y2="5" stroke="${c.formed}" stroke-width="2"/>`)} formed tie</span>`,
    `<span>${sw(`<line x1="2" y1="5" x2="26" y2="5" stroke="${c.ended}" stroke-width="2" stroke-dasharray="4 3"/>`)} ended tie</span>`,
    `<span>${sw(`<circle cx="14" cy="5" r="4" fill="${c.member}" stroke="${c.formed}" stroke-width="2"/>`)} entrant</span>`,
    `<span>${sw(`<circle cx="14" cy="5" r="4" fill="${c.gone}" stroke="${c.ended}"/>`)} exit</span>`,
  ].join(' ');
}
