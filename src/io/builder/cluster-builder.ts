/**
 * The cluster builder: rows in, {@link ClusterData} out. Every input (streamed files, CSV text, row
 * objects) goes through the one feed protocol: {@link ClusterBuilder.begin} a file, give it its
 * records (header first) with {@link ClusterBuilder.record}, {@link ClusterBuilder.end} it; members
 * first, then ties (or {@link ClusterBuilder.useRoster}); then {@link ClusterBuilder.finish}. So
 * every reader gives identical clusters, warnings and accounts. The rules are in docs/input.md.
 */
import { InputError, warningsAsError, withWarnings } from '../../model/errors.js';
import { ORIENTATION_CODE } from '../../model/tie-table.js';
import { Members, clusterData, type ClusterData } from '../../model/cluster.js';
import { snapshot } from '../../model/snapshot.js';
import type { Delimiter } from '../csv.js';
import { RosterReader } from './roster.js';

export type FileRole = 'members' | 'ties';

export function emptyFileError(file: string, role: FileRole): InputError {
  return new InputError({
    code: 'empty-file',
    file,
    problem: 'the file is empty',
    expected: role === 'members' ? 'a header line (e.g. id,name,type,level) followed by one row per member' : 'a header line (e.g. source,target,weight) followed by one row per tie',
    fix: role === 'members' ? 'Export the members list again.' : 'Export the ties again; a cluster with no ties still needs the header line.',
  });
}

export class ClusterBuilder extends RosterReader {
  /** The file being fed, and whether its header has come. */
  private feeding: { role: FileRole; file: string; header: boolean } | null = null;

  /** Starts a file (`delimiter` null for row objects). */
  begin(role: FileRole, file: string, delimiter: Delimiter | null): void {
    if (role === 'members') this.beginMembers(file, delimiter);
    else this.beginTies(file, delimiter);
    this.feeding = { role, file, header: false };
  }

  /** One record of the file begun: the first is its header. */
  record(fields: string[], line: number): void {
    const f = this.feeding!;
    if (!f.header) {
      f.header = true;
      if (f.role === 'members') this.membersHeader(fields, line);
      else this.tiesHeader(fields, line);
    } else if (f.role === 'members') this.memberRow(fields, line);
    else this.tieRow(fields, line);
  }

  /**
   * Ends the file begun. A file without even a header is an error (`empty-file`); row objects
   * (`rowsGiven`) may be none at all (no members / no ties). Else a members file with a header but
   * no rows is an error (`no-members`), a ties file with a header but no rows a warning (`no-ties`).
   */
  end(rowsGiven = false): void {
    const f = this.feeding!;
    this.feeding = null;
    if (rowsGiven) {
      // No rows at all: still a valid (empty) input.
      if (!f.header) {
        if (f.role === 'members') this.membersHeader(['id'], 1);
        else this.tiesHeader(['source', 'target'], 1);
      }
      return;
    }
    if (!f.header) throw emptyFileError(f.file, f.role);
    if (rowsGiven) return;
    if (f.role === 'members' && this.members && this.account.members.rows === 0) {
      this.problem({
        code: 'no-members',
        file: this.members.file,
        line: 2,
        problem: 'the file has a header line but no member rows',
        expected: 'one row per member after the header',
        fix: 'Export the members list again, with its rows.',
      });
    }
    if (f.role === 'ties' && this.ties && this.account.ties.rows === 0) {
      this.warnings.add('', 'no-ties', this.ties.file, null, null, () => 'the ties file has a header line but no rows: the cluster has no ties');
    }
  }

  /**
   * The cluster read: members, and the tie table finished (each tie's orientation resolved — as
   * given in its rows, else inferred from its members' levels — and its kinds sorted). No graph is
   * built: `data.toGraph()` does that when a caller asks.
   */
  finish(): ClusterData {
    if (this.ties !== null) this.rosterIgnored();
    if (this.unknownCount > 0 && !this.account.roster) this.addUnknownProblem(this.ties?.file ?? null, null);
    if (this.problems.total > 0) throw withWarnings(this.problems.toError(), this.warnings.collect());
    this.account.members.skipped = this.memberSkips.list();
    this.account.ties.skipped = this.tieSkips.list();
    const warnings = this.warnings.collect();
    if (this.strict) {
      const err = warningsAsError(warnings);
      if (err) throw err;
    }
    const tie = this.tie;
    const rows = this.tieRows;
    rows.inferred = new Uint8Array(tie.count);
    for (let e = 0; e < tie.count; e++) {
      const inferred = ORIENTATION_CODE[this.inferOrientation(this.levels[tie.src[e]], this.levels[tie.dst[e]])];
      rows.inferred[e] = inferred;
      if (tie.orientation[e] === 0) tie.orientation[e] = inferred;
    }
    for (const kinds of tie.kinds.values()) if (kinds.length > 1) kinds.sort();
    tie.rowTable = rows;
    const data = clusterData({ directed: this.directed, members: new Members(this.ids, this.memberAttributes, this.memberLines), ties: tie, warnings, input: this.account });
    return this.year === undefined ? data : snapshot(data, this.year);
  }
}
