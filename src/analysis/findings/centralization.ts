/** Centralization and dependence on one member; brokerage across sectors and its concentration. */
import type { Finding, Report } from '../report-types.js';
import { makeFinding, nameList, num, numberAt, type RuleContext } from './make.js';

export function centralizationFindings(report: Report, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const c = numberAt(report, 'summary.centralization.degree');
  const lim = ctx.config.degreeCentralization;
  if (c !== null && c >= lim) {
    const top = [...report.members].sort((a, b) => b.degree - a.degree || (a.id < b.id ? -1 : 1)).slice(0, 3).map((m) => m.id);
    out.push(makeFinding(ctx, 'centralized', {
      title: 'Centralized on a few members',
      statement: `Freeman's degree centralization is ${num(c)} (0: every member has as many partners as the others, 1: a star around one member), at least ${lim}. Cooperation runs through ${nameList(ctx, top)}; if they step back, much of the cluster loses its contact. This would change with more ties among the other members (centralization below ${lim}).`,
      indicator: 'summary.centralization.degree',
      members: top,
      severity: 2,
    }));
  }
  const share = numberAt(report, 'summary.topTieShare.share');
  const top = report.summary.topTieShare;
  // At least the configured share, and at least twice the share 2/n every member has with equal degrees
  // (a small complete graph gives everyone 2/n ≥ 0.25 without anyone leading).
  const equal = report.summary.members > 0 ? 2 / report.summary.members : 1;
  if (share !== null && top !== null && share >= ctx.config.topTieShare && share >= 2 * equal) {
    out.push(makeFinding(ctx, 'lead-organisation', {
      title: `${ctx.name(top.id)} carries the cluster`,
      statement: `${ctx.name(top.id)} takes part in ${num(100 * share)} % of all ties, at least ${num(100 * ctx.config.topTieShare)} %: a lead-organisation structure in the sense of Provan & Kenis (2008), efficient while that member leads, fragile when it leaves or loses interest. This would change if other members tied up with each other so that its share fell below ${num(100 * ctx.config.topTieShare)} %.`,
      indicator: 'summary.topTieShare.share',
      threshold: Math.max(ctx.config.topTieShare, 2 * equal),
      rule: `≥ ${ctx.config.topTieShare} and ≥ twice the equal share 2/${report.summary.members}`,
      members: [top.id],
      severity: 3,
    }));
  }
  return out;
}

export function brokerageFindings(report: Report, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const z = ctx.config.z;
  const by = report.brokerage.groupBy;
  // Cross-sector brokers: liaison (all three groups differ) or gatekeeper z at or above the threshold.
  const brokers: { i: number; role: 'liaison' | 'gatekeeper'; z: number }[] = [];
  report.members.forEach((m, i) => {
    const l = m.brokerageZ.liaison;
    const g = m.brokerageZ.gatekeeper;
    const best = (l ?? -Infinity) >= (g ?? -Infinity) ? { role: 'liaison' as const, z: l } : { role: 'gatekeeper' as const, z: g };
    if (best.z !== null && best.z >= z) brokers.push({ i, role: best.role, z: best.z });
  });
  if (brokers.length > 0) {
    brokers.sort((a, b) => b.z - a.z || a.i - b.i);
    const first = brokers[0];
    const ids = brokers.map((b) => report.members[b.i].id);
    out.push(makeFinding(ctx, 'cross-sector-brokers', {
      title: `Who coordinates across ${by}s`,
      statement: `${nameList(ctx, ids)} broker between ${by}s far more often than chance (Gould & Fernandez roles: a liaison links two members of two other ${by}s, a gatekeeper lets an outsider reach its own ${by}); the strongest, ${ctx.name(ids[0])}, has a ${first.role} z of ${num(first.z)} (at least ${z}). These members are where cross-${by} coordination happens; this finding would lapse if their partners tied up directly (z below ${z}).`,
      indicator: `members.${first.i}.brokerageZ.${first.role}`,
      members: ids,
      severity: 1,
    }));
  }
  const total = report.brokerage.totals.total;
  if (total !== null && total > 0) {
    let best = -1;
    report.members.forEach((m, i) => {
      const t = m.brokerage.total;
      if (t !== null && (best < 0 || t > report.members[best].brokerage.total!)) best = i;
    });
    const t = best >= 0 ? report.members[best].brokerage.total! : 0;
    if (best >= 0 && t >= ctx.config.brokerageShare * total) {
      const id = report.members[best].id;
      out.push(makeFinding(ctx, 'brokerage-on-one-member', {
        title: `Brokerage rests on ${ctx.name(id)}`,
        statement: `${ctx.name(id)} is the broker in ${t} of the cluster's ${total} brokerage positions (${num((100 * t) / total)} %, at least ${num(100 * ctx.config.brokerageShare)} %): members who are not tied reach each other mostly through it. This would change if a second broker emerged or its partners tied up directly.`,
        indicator: `members.${best}.brokerage.total`,
        threshold: ctx.config.brokerageShare * total,
        rule: `≥ ${ctx.config.brokerageShare} × ${total} brokerage positions`,
        members: [id],
        severity: 3,
      }));
    }
  }
  return out;
}
