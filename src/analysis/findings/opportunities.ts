/**
 * Opportunities: the top cross-sector recommendations of the `opportunities` section (when the
 * report has one: `report.opportunities = { score, cross, candidates, recommendations: [{ source,
 * target, score, crosses, sharedPartners, effects, explanation }] }`) and the structural holes
 * around the least constrained members.
 */
import type { Finding, Report } from '../report-types.js';
import { makeFinding, nameList, num, numberAt, type RuleContext } from './make.js';

type Ref = { id: string; name?: string } | string;
interface Recommendation {
  source: Ref;
  target: Ref;
  score: number;
  crosses: { attribute: string; source: string; target: string } | null;
  sharedPartners?: Ref[];
  effects?: {
    bridgesBackedUp?: [string, string][];
    articulationPointsRelieved?: string[];
    joinsComponents?: boolean;
    eiIndex?: { attribute: string; before: number | null; after: number | null } | null;
  };
  explanation?: string;
}
interface OpportunitiesSection {
  score: string;
  cross: string | null;
  recommendations: Recommendation[];
}

const idOf = (r: Ref): string => (typeof r === 'string' ? r : r.id);

function effectText(ctx: RuleContext, r: Recommendation): string {
  const e = r.effects;
  const parts: string[] = [];
  if (e?.joinsComponents) parts.push('joins two separate parts of the cluster');
  if (e?.bridgesBackedUp && e.bridgesBackedUp.length > 0) parts.push(`gives a second route around ${e.bridgesBackedUp.length} bridge${e.bridgesBackedUp.length === 1 ? '' : 's'}`);
  if (e?.articulationPointsRelieved && e.articulationPointsRelieved.length > 0) parts.push(`relieves ${nameList(ctx, e.articulationPointsRelieved, 3)} as cut point${e.articulationPointsRelieved.length === 1 ? '' : 's'}`);
  if (e?.eiIndex && e.eiIndex.before !== null && e.eiIndex.after !== null) parts.push(`moves the E-I index from ${num(e.eiIndex.before)} to ${num(e.eiIndex.after)}`);
  return parts.length > 0 ? parts.join('; ') : 'adds a cross-sector partnership';
}

export function opportunityFindings(report: Report, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const section = (report as unknown as { opportunities?: OpportunitiesSection | null }).opportunities;
  if (section !== undefined && section !== null && Array.isArray(section.recommendations)) {
    section.recommendations.slice(0, ctx.config.recommendations).forEach((r, i) => {
      if (r.crosses === null) return;
      const s = idOf(r.source);
      const t = idOf(r.target);
      const shared = (r.sharedPartners ?? []).map(idOf);
      out.push(makeFinding(ctx, 'recommended-ties', {
        title: `Tie ${ctx.name(s)} – ${ctx.name(t)}`,
        statement: `${ctx.name(s)} (${r.crosses.source}) and ${ctx.name(t)} (${r.crosses.target}) are not partners${shared.length > 0 ? ` but share ${nameList(ctx, shared, 3)}` : ''}; a tie between them (rank ${i + 1}, ${section.score} score ${num(r.score)}) ${effectText(ctx, r)}. ${r.explanation ?? ''} This opportunity lapses when the tie exists or the members no longer share partners.`.trim(),
        indicator: `opportunities.recommendations.${i}.score`,
        threshold: ctx.config.recommendations,
        members: [s, t],
        ties: [[s, t]],
        severity: i === 0 ? 2 : 1,
      }));
    });
  }
  // Structural holes: the least constrained members with at least two partners.
  const lim = ctx.config.constraint;
  const open = report.members
    .map((m, i) => [m, i] as const)
    .filter(([m]) => m.degree >= 2 && m.constraint !== null && m.constraint <= lim)
    .sort((a, b) => a[0].constraint! - b[0].constraint! || a[1] - b[1]);
  if (open.length > 0) {
    const ids = open.map(([m]) => m.id);
    const [first, i] = open[0];
    const c = numberAt(report, `members.${i}.constraint`)!;
    out.push(makeFinding(ctx, 'structural-holes', {
      title: 'Structural holes to bridge',
      statement: `${nameList(ctx, ids, 5)} ${ids.length === 1 ? 'has' : 'have'} partners who are mostly not tied to each other (Burt's constraint at most ${lim}; ${ctx.name(first.id)}: ${num(c)}). They are placed to broker new partnerships between their partners. This would change once those partners tie up with each other (constraint above ${lim}).`,
      indicator: `members.${i}.constraint`,
      members: ids.slice(0, ctx.config.listed),
      severity: 1,
    }));
  }
  return out;
}
