/** Balance of horizontal and vertical ties (the seed's two directions of cooperation) and of levels. */
import type { Finding, Report } from '../report-types.js';
import { makeFinding, num, type RuleContext } from './make.js';

export function balanceFindings(report: Report, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const o = report.synergy.orientation.overall;
  const oriented = o.horizontal + o.vertical;
  const share = ctx.config.orientationShare;
  if (oriented > 0) {
    const dir = o.horizontal >= o.vertical ? 'horizontal' : 'vertical';
    const other = dir === 'horizontal' ? 'vertical' : 'horizontal';
    const count = o[dir];
    if (count >= share * oriented) {
      out.push(makeFinding(ctx, 'orientation-imbalance', {
        title: `Cooperation mostly ${dir}`,
        statement: `${count} of the ${oriented} ties whose direction is known (${num((100 * count) / oriented)} %) are ${dir} (${dir === 'horizontal' ? 'between members of the same level' : 'across levels'}), only ${o[other]} ${other}. The seed article counts on both directions of cooperation; ${dir === 'horizontal' ? 'links between levels (national, regional, local) are missing' : 'peers of the same level hardly cooperate'}. This would change if ${other} ties made up more than ${num(100 * (1 - share))} % of the oriented ties.`,
        indicator: `synergy.orientation.overall.${dir}`,
        threshold: share * oriented,
        rule: `≥ ${share} × ${oriented} oriented ties`,
        severity: 2,
      }));
    }
  }
  const levels = report.summary.byLevel.filter((r) => r.value !== null);
  const withLevel = levels.reduce((s, r) => s + r.count, 0);
  const top = report.summary.byLevel[0];
  if (withLevel > 0 && top !== undefined && top.value !== null && levels.length >= 1 && top.count >= ctx.config.levelShare * withLevel) {
    const members = report.members.filter((m) => m.level === top.value).map((m) => m.id);
    out.push(makeFinding(ctx, 'level-imbalance', {
      title: `Members mostly at the ${top.value} level`,
      statement: `${top.count} of the ${withLevel} members with a level (${num((100 * top.count) / withLevel)} %) are at the ${top.value} level${levels.length === 1 ? ', the only level present' : ''}. A cluster that joins levels needs members at each; this would change with members of other levels making up more than ${num(100 * (1 - ctx.config.levelShare))} %.`,
      indicator: 'summary.byLevel.0.count',
      threshold: ctx.config.levelShare * withLevel,
      rule: `≥ ${ctx.config.levelShare} × ${withLevel} members with a level`,
      members,
      severity: 1,
    }));
  }
  return out;
}
