/** Cohesion against the degree-preserving null model: small world, closure, path length. */
import type { Finding, Report } from '../report-types.js';
import { makeFinding, num, numberAt, type RuleContext } from './make.js';

export function cohesionFindings(report: Report, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const nm = report.nullModel;
  if (nm === null || nm === undefined) return out;
  const z = ctx.config.z;
  const tz = numberAt(report, 'nullModel.indicators.transitivity.z');
  const lz = numberAt(report, 'nullModel.indicators.averagePathLength.z');
  const t = nm.indicators.transitivity;
  const l = nm.indicators.averagePathLength;
  const chance = `${nm.samples} rewirings that keep every member's number of partners (Maslov & Sneppen 2002)`;
  if (tz !== null && tz >= z && (lz === null || lz <= z)) {
    out.push(makeFinding(ctx, 'small-world', {
      title: 'Small-world structure',
      statement: `Partners of partners cooperate far more often than chance gives (transitivity ${num(t.observed!)} against ${num(t.mean!)} on average in ${chance}; z = ${num(tz)}), while paths stay about as short as chance${l.observed !== null && l.mean !== null ? ` (${num(l.observed)} steps against ${num(l.mean)})` : ''}. Groups that work closely together are still a few steps from every other. This would change if triads stopped closing (z below ${z}) or paths grew longer than chance (z above ${z}).`,
      indicator: 'nullModel.indicators.transitivity.z',
      severity: 1,
    }));
  }
  if (tz !== null && tz < z) {
    out.push(makeFinding(ctx, 'no-closure', {
      title: 'No more closed triads than chance',
      statement: `Partners of a member are tied to each other no more often than in ${chance} (transitivity ${num(t.observed!)} against ${num(t.mean!)}; z = ${num(tz)}, below ${z}). Cooperation runs in chains and stars rather than in groups who all know each other, so trust and joint projects have little local support. This would change if partners of common members tied up (z of ${z} or more).`,
      indicator: 'nullModel.indicators.transitivity.z',
      severity: 2,
    }));
  }
  if (lz !== null && lz > z) {
    out.push(makeFinding(ctx, 'long-paths', {
      title: 'Paths longer than chance',
      statement: `Members are on average ${num(l.observed!)} steps apart in the largest component, more than the ${num(l.mean!)} of ${chance} (z = ${num(lz)}, above ${z}). Information and resources travel through more intermediaries than the members' numbers of partners require. This would change with ties between distant parts of the cluster (z of ${z} or less).`,
      indicator: 'nullModel.indicators.averagePathLength.z',
      severity: 2,
    }));
  }
  return out;
}
