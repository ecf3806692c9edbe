/** Synergy: cross-sector ties against the E-I permutation baseline, Triple-Helix T, isolated sectors. */
import type { Finding, Report } from '../report-types.js';
import { makeFinding, nameList, num, numberAt, type RuleContext } from './make.js';

/** Members whose `groupBy` attribute (as reported on the member) equals `group`. */
function membersOf(report: Report, group: string): string[] {
  const key = report.synergy.groupBy;
  return report.members.filter((m) => (m as unknown as Record<string, unknown>)[key] === group).map((m) => m.id);
}

export function synergyFindings(report: Report, ctx: RuleContext): Finding[] {
  const out: Finding[] = [];
  const ei = report.synergy.eiIndex;
  const by = report.synergy.groupBy;
  const p = numberAt(report, 'synergy.eiIndex.pValue');
  const perm = ei.permutation;
  if (p !== null && perm !== null && ei.overall !== null && perm.mean !== null && p <= ctx.config.alpha) {
    const above = ei.overall > perm.mean;
    out.push(makeFinding(ctx, above ? 'cross-sector-above-chance' : 'cross-sector-below-chance', {
      title: above ? `More ties across ${by}s than chance` : `Fewer ties across ${by}s than chance`,
      statement: `The E-I index (external minus internal ties over all ties, from −1: all ties inside a ${by}, to +1: all across) is ${num(ei.overall)}; with the members' ${by}s shuffled ${perm.permutations} times it is ${num(perm.mean)} on average, so the difference is not chance (p = ${num(p)}, at most ${ctx.config.alpha}). ${above ? `Members seek partners in other ${by}s: the mix the cluster exists for.` : `Members keep to their own ${by}: the cluster adds few cross-${by} partnerships.`} This would change if the E-I index moved to within chance of ${num(perm.mean)} (p above ${ctx.config.alpha}).`,
      indicator: 'synergy.eiIndex.pValue',
      severity: above ? 1 : 2,
    }));
  }
  const th = report.synergy.tripleHelix;
  const T = numberAt(report, 'synergy.tripleHelix.T_AIG');
  if (th !== null && T !== null && T !== 0) {
    const syn = T < 0;
    out.push(makeFinding(ctx, syn ? 'triple-helix-synergy' : 'triple-helix-no-synergy', {
      title: syn ? 'Triple-Helix synergy' : 'No Triple-Helix synergy',
      statement: `Over the ${th.projects} joint projects, the mutual information of academia, industry and government T = ${num(T)} bits is ${syn ? 'negative: the three helices together reduce uncertainty beyond what each pair does — synergy in Leydesdorff\'s sense' : 'positive: the helices\' participation in projects constrains rather than reinforces each other, no synergy in Leydesdorff\'s sense'}. This would change if ${syn ? 'projects came to join only pairs of helices' : 'more projects brought academia, industry and government together'} (T crossing 0).`,
      indicator: 'synergy.tripleHelix.T_AIG',
      severity: syn ? 1 : 2,
    }));
  }
  if (report.synergy.groups.length >= 2) {
    ei.groups.forEach((g, i) => {
      if (g.E !== 0 || g.size === 0) return;
      const members = membersOf(report, g.group);
      out.push(makeFinding(ctx, 'isolated-sector', {
        title: `${g.group}: no tie to another ${by}`,
        statement: `The ${g.size} member${g.size === 1 ? '' : 's'} of ${by} "${g.group}" (${nameList(ctx, members)}) ${g.size === 1 ? 'has' : 'have'} ${g.I} tie${g.I === 1 ? '' : 's'} among themselves and none with another ${by}: nothing of the cluster's cross-${by} cooperation reaches them. One tie to a member of another ${by} would change this.`,
        indicator: `synergy.eiIndex.groups.${i}.E`,
        members,
        severity: 3,
      }));
    });
  }
  return out;
}
