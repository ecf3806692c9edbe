/** Reading the members file: its header and each member row (ids, attributes, type vocabulary). */
import type { MemberAttributes } from '../../model/types.js';
import { HEADER_SYNONYMS, MEMBER_FIELDS, levelKey, matchHeaders, typeKey } from '../../model/vocabulary.js';
import { InputError } from '../../model/errors.js';
import { nullRecord } from '../../model/tie-table.js';
import type { Delimiter } from '../csv.js';
import { plural } from '../../model/words.js';
import { internalize, optionKey, quoteList, synonymsHint } from './cells.js';
import { BuilderState } from './state.js';

export abstract class MemberReader extends BuilderState {
  beginMembers(file: string, delimiter: Delimiter | null): void {
    this.members = { file, delimiter, match: null, width: 0 };
    this.account.files.members = file;
  }

  membersHeader(fields: string[], line: number): void {
    const st = this.members!;
    const match = matchHeaders(fields, MEMBER_FIELDS, this.map);
    this.checkMapped(st.file, line, match.headers, match.missingMapped);
    if (match.fields.id === undefined) {
      throw new InputError({
        code: 'missing-column',
        file: st.file,
        line,
        problem: `there is no id column; the headers found are ${quoteList(match.headers)}`,
        expected: `a column named "id" (or ${synonymsHint('id')}…)`,
        fix: 'Rename the column that holds the member ids, or name it with --map id=<header> (option map: { id: "<header>" }).',
      });
    }
    st.match = match;
    st.width = fields.length;
    if (match.fields.partners !== undefined) this.roster = { column: match.headers[match.fields.partners], cells: [] };
  }

  memberRow(fields: string[], line: number): void {
    const st = this.members!;
    const m = st.match!;
    this.account.members.rows++;
    if (!this.checkWidth(st, fields, line)) {
      this.memberSkips.add('too many fields', line);
      return;
    }
    const f = m.fields;
    const cell = (col: number | undefined): string => (col === undefined ? '' : (fields[col] ?? '').trim());
    const id = cell(f.id);
    const idHeader = m.headers[f.id!];
    if (id === '') {
      this.memberSkips.add('empty id', line);
      this.problem({
        code: 'empty-id',
        file: st.file,
        line,
        column: idHeader,
        problem: 'the member id is empty',
        expected: 'an id that is unique in the file',
        fix: 'Give this member an id, or remove the row.',
      });
      return;
    }
    const previous = this.indexOf.get(id);
    if (previous !== undefined) {
      this.memberSkips.add('duplicate id', line);
      this.problem({
        code: 'duplicate-id',
        file: st.file,
        line,
        column: idHeader,
        problem: `member id "${id}" is used twice (lines ${this.memberLines[previous]} and ${line})`,
        expected: 'every id once',
        fix: 'Give each member its own id, or remove the duplicate row.',
      });
      return;
    }
    this.checkEncoding(st.file, fields, line);
    const rawType = cell(f.type);
    const t = this.resolveType(rawType);
    if (!t.known) {
      const typeHeader = m.headers[f.type!];
      this.warnings.add(
        typeKey(rawType),
        'unknown-type',
        st.file,
        line,
        typeHeader,
        (count, _lines, lines) =>
          `type "${rawType}" (${plural(count, 'member')}, ${lines}) is not in the type vocabulary: kept as written, with no type class, no sector unless the sector column gives one, and no helix. ` +
          `To give it a sector and a helix, add --type-sectors '${optionKey(rawType)}=<sector>' and --type-helix '${optionKey(rawType)}=<academia|industry|government|civil>' (option typeSectors and analysis option helix)`,
      );
    }
    const sectorCell = cell(f.sector);
    const extra = nullRecord();
    for (const x of m.extra) extra[x.key] = (fields[x.column] ?? '').trim();
    const level = cell(f.level);
    const joined = this.parseYear(cell(f.joined), st.file, line, m.headers[f.joined!]);
    const left = this.parseYear(cell(f.left), st.file, line, m.headers[f.left!]);
    if (joined !== null && left !== null && left < joined) {
      this.yearsOutOfOrder('left-before-joined', st.file, line, m.headers[f.left!], { name: 'joined', value: joined }, { name: 'left', value: left });
    }
    const attrs: MemberAttributes = {
      name: cell(f.name) || id,
      type: t.type,
      typeClass: t.typeClass,
      sector: sectorCell !== '' ? sectorCell : t.sector,
      level: level === '' ? null : level,
      region: cell(f.region) || null,
      joined: joined === null || Number.isNaN(joined) ? null : joined,
      left: left === null || Number.isNaN(left) ? null : left,
      extra,
    };
    const index = this.ids.length;
    const key = internalize(id);
    this.indexOf.set(key, index);
    this.ids.push(key);
    this.memberLines.push(line);
    this.levels.push(levelKey(attrs.level));
    this.memberAttributes.push(attrs);
    this.account.members.used++;
    if (this.roster !== null) {
      const raw = cell(f.partners);
      if (raw !== '') this.roster.cells.push({ member: index, raw, line });
    }
  }
}
