/** The shell of the comparison and evolution HTML pages: one self-contained file, no script, no CDN. */
import { escapeXml as esc } from '../svg.js';
import { fmt } from '../format.js';

const CSS = `
body{font:14px/1.45 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1d2433;margin:0;background:#fafbfc}
main{max-width:1180px;margin:0 auto;padding:20px 24px 40px}
h1{font-size:22px;margin:0 0 4px}h2{font-size:17px;margin:28px 0 8px;border-bottom:1px solid #dde2ea;padding-bottom:4px}
p.sub{color:#5a6478;margin:0 0 12px}
table{border-collapse:collapse;margin:6px 0 10px;background:#fff}th,td{padding:3px 10px;border-bottom:1px solid #e6e9ef;text-align:left}
td.n,th.n{text-align:right;font-variant-numeric:tabular-nums}
.legend{display:flex;gap:16px;flex-wrap:wrap;color:#3c4658;margin:6px 0}
.legend span{display:inline-flex;align-items:center;gap:4px}
.grid{display:flex;flex-wrap:wrap;gap:16px}
figure{margin:0;background:#fff;border:1px solid #dde2ea;border-radius:4px;padding:8px}
figcaption{font-weight:600;margin-bottom:4px}
svg.wave,svg.chart{display:block;max-width:100%;height:auto}
.note{color:#5a6478;font-size:13px}
`;

/** The page; `style`: more CSS (the findings grid of the comparison). */
export function page(title: string, subtitle: string, body: string[], style = ''): string {
  return [
    '<!DOCTYPE html>',
    '<html lang="en"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${esc(title)}</title>`,
    `<style>${CSS}${style}</style></head><body><main>`,
    `<h1>${esc(title)}</h1>`,
    `<p class="sub">${esc(subtitle)}</p>`,
    ...body,
    '</main></body></html>',
    '',
  ].join('\n');
}

/** An HTML table; cells already escaped when `raw`, else escaped here. Numeric columns: 'n'. */
export function htmlTable(header: string[], rows: (string | number | null)[][], numeric: boolean[] = []): string {
  const cell = (v: string | number | null, i: number, tag: 'td' | 'th') => {
    const text = typeof v === 'number' || v === null ? fmt(v) : esc(v);
    return `<${tag}${numeric[i] ? ' class="n"' : ''}>${text}</${tag}>`;
  };
  return `<table><thead><tr>${header.map((h, i) => cell(h, i, 'th')).join('')}</tr></thead><tbody>${rows
    .map((r) => `<tr>${r.map((v, i) => cell(v, i, 'td')).join('')}</tr>`)
    .join('')}</tbody></table>`;
}
