/** Threats to the cluster's integrity: articulation points and bridges, key players, isolates, single ties, one-member communities. */
import type { Finding, Report } from '../report-types.js';
import { makeFinding, nameList, num, numberAt, type RuleContext } from './make.js';

export function resilienceFindings(report: Report, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const pos = new Map(report.members.map((m, i) => [m.id, i]));
  const aps = [...report.resilience.articulationPoints].sort((a, b) => {
    const fa = report.members[pos.get(a)!].fragmentation ?? 0;
    const fb = report.members[pos.get(b)!].fragmentation ?? 0;
    return fb - fa || pos.get(a)! - pos.get(b)!;
  });
  if (aps.length > 0) {
    const worst = pos.get(aps[0])!;
    const bridges = report.resilience.bridges.map(([a, b]) => [a, b] as [string, string]);
    const m = report.members[worst];
    out.push(makeFinding(ctx, 'cut-points', {
      title: aps.length === 1 ? 'One member holds the cluster together' : `${aps.length} members hold the cluster together`,
      statement: `Without ${aps.length === 1 ? 'this member' : 'any one of these members'} the cluster falls apart: ${nameList(ctx, aps)} (articulation points)${bridges.length > 0 ? `, and ${bridges.length} tie${bridges.length === 1 ? ' is a bridge' : 's are bridges'} whose end would split it` : ''}. The worst, ${ctx.name(aps[0])}, would leave the largest piece at ${m.largestComponentWithout} members and raise the fragmentation to ${num(m.fragmentation ?? 0)} (share of pairs that can no longer reach each other). A second route around each of them (a tie between members on both sides) would remove this threat.`,
      indicator: `members.${worst}.fragmentation`,
      members: aps,
      ties: bridges,
      severity: 3,
    }));
  }
  const kp = report.resilience.keyPlayers[0];
  const base = report.resilience.baseFragmentation ?? 0;
  const f = numberAt(report, 'resilience.keyPlayers.0.fragmentation');
  if (kp !== undefined && f !== null && f >= base + ctx.config.keyPlayerGain) {
    out.push(makeFinding(ctx, 'key-player', {
      title: `The departure of ${ctx.name(kp.id)} would fragment the cluster most`,
      statement: `If ${ctx.name(kp.id)} left, ${num(100 * f)} % of the pairs of the other members could no longer reach each other (now ${num(100 * base)} %), and the largest connected group would have ${kp.largestComponent} members. Ties that bypass it would change this (an added fragmentation under ${ctx.config.keyPlayerGain}).`,
      indicator: 'resilience.keyPlayers.0.fragmentation',
      threshold: base + ctx.config.keyPlayerGain,
      rule: `≥ base fragmentation ${num(base)} + ${ctx.config.keyPlayerGain}`,
      members: [kp.id],
      severity: 3,
    }));
  }
  const isolates = numberAt(report, 'summary.isolates');
  if (isolates !== null && isolates >= 1) {
    const ids = report.members.filter((m) => m.degree === 0).map((m) => m.id);
    out.push(makeFinding(ctx, 'isolates', {
      title: `${isolates} member${isolates === 1 ? '' : 's'} without any tie`,
      statement: `${nameList(ctx, ids)} ${isolates === 1 ? 'is' : 'are'} listed as member${isolates === 1 ? '' : 's'} but ${isolates === 1 ? 'has' : 'have'} no tie: on paper in the cluster, not in its cooperation. One tie each would change this.`,
      indicator: 'summary.isolates',
      members: ids,
      severity: 2,
    }));
  }
  const pendants = report.members.map((m, i) => [m, i] as const).filter(([m]) => m.degree === 1);
  if (pendants.length > 0) {
    const ids = pendants.map(([m]) => m.id);
    out.push(makeFinding(ctx, 'single-tie-members', {
      title: `${pendants.length} member${pendants.length === 1 ? '' : 's'} with a single partner`,
      statement: `${nameList(ctx, ids)} ${pendants.length === 1 ? 'has' : 'have'} exactly one partner: if that partner leaves or the tie ends, ${pendants.length === 1 ? 'it drops' : 'they drop'} out of the cluster. A second partner each would change this.`,
      indicator: `members.${pendants[0][1]}.degree`,
      members: ids,
      severity: 1,
    }));
  }
  const singles = report.communities.groups.map((g, i) => [g, i] as const).filter(([g]) => g.size === 1);
  if (singles.length > 0 && report.communities.groups.length > 1) {
    const ids = singles.map(([g]) => g.members[0]);
    out.push(makeFinding(ctx, 'singleton-communities', {
      title: `${singles.length} one-member communit${singles.length === 1 ? 'y' : 'ies'}`,
      statement: `Community detection (Louvain) leaves ${nameList(ctx, ids)} in a community of ${singles.length === 1 ? 'its own' : 'their own'}: ${singles.length === 1 ? 'it belongs' : 'they belong'} to none of the cluster's working groups. Ties into one of the groups would change this.`,
      indicator: `communities.groups.${singles[0][1]}.size`,
      members: ids,
      severity: 1,
    }));
  }
  return out;
}
