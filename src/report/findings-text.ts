/**
 * The findings in the text summary and the Markdown report: grouped as strengths, weaknesses,
 * opportunities and threats, each with its statement, its number and rule, and the rule's source.
 */
import type { Finding } from '../analysis/report-types.js';

/** What holds findings: the analysis report, or the comparison of two waves. */
export interface WithFindings {
  findings?: Finding[];
}
import { SWOT } from './findings-html.js';

function valueText(x: number): string {
  return Number.isInteger(x) ? String(x) : Math.abs(x) >= 100 ? x.toFixed(0) : x.toPrecision(3);
}

const marks = (f: Finding) => '!'.repeat(f.severity);

/** Text lines of the findings (empty without findings). `bold` styles headings. */
export function findingsTextLines(report: WithFindings, bold: (s: string) => string, clean: (s: string) => string): string[] {
  const list = report.findings;
  if (list === undefined || list.length === 0) return [];
  const out: string[] = ['', bold('Findings'), '  (each: a number of the report judged by a cited rule; ! note … !!! act on it; details in JSON/Markdown/HTML)'];
  for (const q of SWOT) {
    const items = list.filter((f) => f.category === q.category);
    if (items.length === 0) continue;
    out.push(`  ${q.heading}`);
    for (const f of items) {
      out.push(`    ${marks(f).padEnd(3)} ${clean(f.title)}`);
      out.push(`        ${clean(f.statement)}`);
      out.push(`        [${clean(f.indicator)} = ${valueText(f.value)}; rule: ${clean(f.threshold.rule)}]`);
    }
  }
  return out;
}

/** Markdown lines of the findings section (empty without findings). `e` escapes Markdown. */
export function findingsMarkdownLines(report: WithFindings, e: (s: string) => string): string[] {
  const list = report.findings;
  if (list === undefined) return [];
  const out: string[] = ['## Findings', ''];
  out.push('Each finding is judged from one number of the report (its indicator) by a stated rule whose source is cited; the evidence names the members (and ties) concerned. Severity: 3 = act on it, 1 = note.', '');
  for (const q of SWOT) {
    const items = list.filter((f) => f.category === q.category);
    out.push(`### ${q.heading}`, '');
    if (items.length === 0) out.push('None found by the rules.', '');
    for (const f of items) {
      out.push(`- **${e(f.title)}** (severity ${f.severity}). ${e(f.statement)}`);
      out.push(`  *Indicator:* \`${f.indicator.replace(/`/g, '')}\` = ${valueText(f.value)}; *rule:* ${e(f.threshold.rule)}; *source:* ${e(f.threshold.source)}.`);
      if (f.evidence.members.length > 0 || f.evidence.ties.length > 0) {
        const members = f.evidence.members.slice(0, 20).map((m) => `\`${m.replace(/`/g, '')}\``).join(', ');
        const more = f.evidence.members.length > 20 ? ` and ${f.evidence.members.length - 20} more` : '';
        const ties = f.evidence.ties.length > 0 ? `; ties ${f.evidence.ties.slice(0, 10).map(([a, b]) => `\`${a.replace(/`/g, '')}\`–\`${b.replace(/`/g, '')}\``).join(', ')}${f.evidence.ties.length > 10 ? ` and ${f.evidence.ties.length - 10} more` : ''}` : '';
        out.push(`  *Evidence:* ${members}${more}${ties}.`);
      }
    }
    out.push('');
  }
  return out;
}
