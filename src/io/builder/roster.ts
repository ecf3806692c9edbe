/** Reading ties from the partners column of the members file (roster format). */
import { plural } from '../../model/words.js';
import { rosterNote } from '../../model/errors.js';
import { TieReader } from './ties.js';

export abstract class RosterReader extends TieReader {
  /**
   * Reads the ties from the partners column of the members file (roster format; call instead of
   * feeding a ties file). Each partner id named in a member's cell (separated by `;` or `|`) is a
   * mention. Undirected: a pair named by both sides is one tie (`reciprocal`), a pair named by one
   * side is one tie too (`oneSided`, counted and noted in the account); directed: each mention is an
   * arc respondent → partner. Roster ties have weight 1 and `rows` = the number of mentions that
   * formed them. Unknown partner ids are errors; self-mentions and repeated mentions in one cell are
   * warned and skipped.
   */
  useRoster(): void {
    const st = this.members!;
    this.prepareMatching();
    const roster = this.roster!;
    this.account.files.ties = null;
    const n = Math.max(1, this.ids.length);
    const arcs = new Map<number, number>(); // i * n + j → index of the tie
    let mentions = 0;
    let reciprocal = 0;
    for (const { member, raw, line } of roster.cells) {
      const seen = new Set<number>();
      for (const piece of raw.split(/[;|]/)) {
        const id = piece.trim();
        if (id === '') continue;
        mentions++;
        this.account.ties.rows++;
        const j = this.endpoint(id);
        if (j === undefined) {
          this.unknownEndpoint(id, line, roster.column);
          this.tieSkips.add('unknown member', line);
          continue;
        }
        if (j === member) {
          this.tieSkips.add('self-mention', line);
          this.warnings.add('', 'self-mention', st.file, line, roster.column, (count, _l, lines) =>
            `${plural(count, 'member')} (${lines}) ${count === 1 ? 'names itself' : 'name themselves'} as a partner: dropped`,
          );
          continue;
        }
        if (seen.has(j)) {
          this.tieSkips.add('repeated mention', line);
          this.warnings.add('', 'repeated-mention', st.file, line, roster.column, (count, _l, lines) =>
            `${plural(count, 'partner id')} (${lines}) ${count === 1 ? 'is' : 'are'} named twice in the same cell: counted once`,
          );
          continue;
        }
        seen.add(j);
        this.account.ties.used++;
        const i = member;
        const back = arcs.get(j * n + i);
        if (back !== undefined) reciprocal++;
        if (!this.directed && back !== undefined) {
          // The partner named this member too: one tie.
          this.account.ties.merged++;
          this.tie.rows[back]++;
          this.tieRows.add(back, line, 1, -1, -1, true, 0, '');
          continue;
        }
        const index = this.tie.add(i, j, line, 1, -1, -1, 0);
        this.tieRows.add(index, line, 1, -1, -1, false, 0, '');
        arcs.set(i * n + j, index);
      }
    }
    const pairs = this.directed ? this.tie.count - reciprocal : this.tie.count;
    const oneSided = pairs - reciprocal;
    const used = this.account.ties.used;
    const skipped = this.tieSkips.list();
    this.tieRows.weighting = 'one';
    this.account.roster = {
      file: st.file,
      column: roster.column,
      mentions,
      used,
      skipped,
      reciprocal,
      oneSided,
      note: rosterNote(pairs, oneSided, reciprocal),
    };
    if (this.unknownCount > 0) this.addUnknownProblem(st.file, `the partners column "${roster.column}"`);
  }

  /** A ties file is read although the members file has a partners column: the column is ignored. */
  protected rosterIgnored(): void {
    if (this.roster === null || this.roster.cells.length === 0 || this.account.roster) return;
    const st = this.members!;
    this.warnings.add('', 'roster-ignored', st.file, null, this.roster.column, () =>
      `the partners column "${this.roster!.column}" was ignored because a ties file was read (leave the ties file out to build the ties from the partners column)`,
    );
  }
}
