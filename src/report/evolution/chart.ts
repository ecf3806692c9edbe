/**
 * A line chart of one indicator over the years as inline SVG (no script): the values joined by a line,
 * a dot and its value per year, the years on the x axis. Years without a value leave a gap.
 */
import { escapeXml as esc } from '../svg.js';
import { fmt } from '../format.js';

export function lineChart(name: string, label: string, years: readonly number[], values: readonly (number | null)[], width = 360, height = 190): string {
  const left = 46;
  const right = 14;
  const top = 26;
  const bottom = 30;
  const defined = values.filter((v): v is number => v !== null);
  let lo = Math.min(...defined);
  let hi = Math.max(...defined);
  if (!(hi > lo)) {
    lo -= Math.abs(lo) * 0.1 + 0.5;
    hi += Math.abs(hi) * 0.1 + 0.5;
  }
  const y0 = years[0];
  const y1 = years[years.length - 1];
  const X = (yr: number) => left + ((yr - y0) / Math.max(1, y1 - y0)) * (width - left - right);
  const Y = (v: number) => top + (1 - (v - lo) / (hi - lo)) * (height - top - bottom);
  const out: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" class="chart" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="img" aria-labelledby="chart-${esc(name)}-title">`,
    `<title id="chart-${esc(name)}-title">${esc(label)} by year</title>`,
    `<rect x="0" y="0" width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="${left}" y="16" font-size="13" font-weight="600" fill="#1d2433">${esc(label)}</text>`,
    `<line x1="${left}" y1="${height - bottom}" x2="${width - right}" y2="${height - bottom}" stroke="#9aa3b2"/>`,
    `<line x1="${left}" y1="${top}" x2="${left}" y2="${height - bottom}" stroke="#9aa3b2"/>`,
    `<text x="${left - 4}" y="${Y(hi) + 4}" font-size="10" text-anchor="end" fill="#5a6478">${esc(fmt(hi))}</text>`,
    `<text x="${left - 4}" y="${Y(lo) + 4}" font-size="10" text-anchor="end" fill="#5a6478">${esc(fmt(lo))}</text>`,
  ];
  // Segments between consecutive defined years.
  let path = '';
  let open = false;
  years.forEach((yr, k) => {
    const v = values[k];
    if (v === null) {
      open = false;
      return;
    }
    path += `${open ? 'L' : 'M'}${X(yr).toFixed(1)},${Y(v).toFixed(1)}`;
    open = true;
  });
  out.push(`<path d="${path}" fill="none" stroke="#2C6FBB" stroke-width="2"/>`);
  years.forEach((yr, k) => {
    out.push(`<text x="${X(yr).toFixed(1)}" y="${height - bottom + 14}" font-size="10" text-anchor="middle" fill="#5a6478">${yr}</text>`);
    const v = values[k];
    if (v !== null) out.push(`<circle cx="${X(yr).toFixed(1)}" cy="${Y(v).toFixed(1)}" r="3" fill="#2C6FBB"><title>${yr}: ${esc(fmt(v))}</title></circle>`);
  });
  out.push('</svg>');
  return out.join('');
}
