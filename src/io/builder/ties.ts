/** Reading the ties file: its header and each tie row (endpoints, weight, kind, orientation, years), merging rows of a pair. */
import { TIE_FIELDS, matchHeaders, parseOrientation, type TieField } from '../../model/vocabulary.js';
import { InputError } from '../../model/errors.js';
import { ORIENTATION_CODE, ORIENTATION_OF_CODE, nullRecord } from '../../model/tie-table.js';
import type { Delimiter } from '../csv.js';
import { plural } from '../../model/words.js';
import { DECIMAL_COMMA, NUMBER, cellAt, isDigits, quoteList, synonymsHint } from './cells.js';
import { MAX_WEIGHT, MIN_WEIGHT } from './options.js';
import type { FileState } from './state.js';
import { MemberReader } from './members.js';

export abstract class TieReader extends MemberReader {
  beginTies(file: string, delimiter: Delimiter | null): void {
    this.ties = { file, delimiter, match: null, width: 0 };
    this.account.files.ties = file;
    this.prepareMatching();
  }

  tiesHeader(fields: string[], line: number): void {
    const st = this.ties!;
    const match = matchHeaders(fields, TIE_FIELDS, this.map);
    this.checkMapped(st.file, line, match.headers, match.missingMapped);
    for (const field of ['source', 'target'] as const) {
      if (match.fields[field] === undefined) {
        throw new InputError({
          code: 'missing-column',
          file: st.file,
          line,
          problem: `there is no ${field} column; the headers found are ${quoteList(match.headers)}`,
          expected: `columns "source" and "target" (or ${synonymsHint(field)}…)`,
          fix: `Rename the column that holds the ${field === 'source' ? 'first' : 'second'} member of each tie, or name it with --map ${field}=<header> (option map: { ${field}: "<header>" }).`,
        });
      }
    }
    st.match = match;
    st.width = fields.length;
  }

  tieRow(fields: string[], line: number): void {
    const st = this.ties!;
    const m = st.match!;
    const f = m.fields;
    this.account.ties.rows++;
    if (!this.checkWidth(st, fields, line)) {
      this.tieSkips.add('too many fields', line);
      return;
    }
    // Endpoints.
    const s = cellAt(fields, f.source);
    const t = cellAt(fields, f.target);
    let bad = false;
    if (s === '') bad = this.emptyEndpoint(st.file, line, m.headers[f.source!]);
    if (t === '') bad = this.emptyEndpoint(st.file, line, m.headers[f.target!]);
    const si = s === '' ? undefined : this.endpoint(s);
    const ti = t === '' ? undefined : this.endpoint(t);
    if (si === undefined && s !== '') this.unknownEndpoint(s, line, m.headers[f.source!]);
    if (ti === undefined && t !== '') this.unknownEndpoint(t, line, m.headers[f.target!]);

    // Weight.
    const weightRaw = cellAt(fields, f.weight);
    let weight = 1;
    if (weightRaw !== '') {
      weight = this.parseWeight(weightRaw, st, line, m.headers[f.weight!]);
      if (Number.isNaN(weight)) bad = true;
    }

    // Kind, orientation, years.
    const kind = cellAt(fields, f.kind);
    const orientationRaw = cellAt(fields, f.orientation);
    let explicit = parseOrientation(orientationRaw);
    if (explicit === 'invalid') {
      this.warnings.add(
        '',
        'invalid-orientation',
        st.file,
        line,
        m.headers[f.orientation!],
        (count, _lines, lines) =>
          `${plural(count, 'tie row')} (${lines}; first value "${orientationRaw}") ${count === 1 ? 'has' : 'have'} an orientation that is neither horizontal (h) nor vertical (v): the orientation was inferred from the members' levels instead`,
      );
      explicit = null;
    }
    const since = this.parseYear(cellAt(fields, f.since), st.file, line, m.headers[f.since!]);
    const until = this.parseYear(cellAt(fields, f.until), st.file, line, m.headers[f.until!]);
    if (since !== null && until !== null && until < since) {
      this.yearsOutOfOrder('until-before-since', st.file, line, m.headers[f.until!], { name: 'since', value: since }, { name: 'until', value: until });
    }
    if (Number.isNaN(since) || Number.isNaN(until)) bad = true;
    this.checkEncoding(st.file, fields, line);
    if (bad || si === undefined || ti === undefined) {
      // Reported (unknown ids all together by finish()); the run stops there.
      this.tieSkips.add(bad ? 'invalid row' : 'unknown member', line);
      return;
    }

    if (si === ti) {
      this.tieSkips.add('self-loop', line);
      this.warnings.add(
        '',
        'self-loop',
        st.file,
        line,
        m.headers[f.source!],
        (count, _lines, lines) =>
          `${plural(count, 'tie row')} (${lines}) ${count === 1 ? 'joins' : 'join'} a member to itself: dropped (a partnership needs two members)`,
      );
      return;
    }

    const a = this.directed || si < ti ? si : ti;
    const b = a === si ? ti : si;
    const existing = this.tieByPair.get(a, b);
    this.account.ties.used++;
    const tie = this.tie;
    if (existing < 0) {
      const index = tie.add(si, ti, line, weight, since ?? -1, until ?? -1, explicit === null ? 0 : ORIENTATION_CODE[explicit]);
      this.tieRows.add(index, line, weight, since ?? -1, until ?? -1, false, explicit === null ? 0 : ORIENTATION_CODE[explicit], kind);
      this.tieByPair.set(a, b, index);
      if (kind !== '') tie.kinds.set(index, [kind]);
      if (m.extra.length > 0) {
        const extra = nullRecord();
        for (const x of m.extra) extra[x.key] = (fields[x.column] ?? '').trim();
        tie.extra.push(extra);
      }
      return;
    }

    // A further row for the same pair: merge (the row itself is kept in the row table).
    this.account.ties.merged++;
    const row = this.tieRows.add(existing, line, weight, since ?? -1, until ?? -1, si !== tie.src[existing], explicit === null ? 0 : ORIENTATION_CODE[explicit], kind);
    if (m.extra.length > 0) {
      const extra = nullRecord();
      for (const x of m.extra) extra[x.key] = (fields[x.column] ?? '').trim();
      this.tieRows.setExtra(row, extra);
    }
    let info = this.mergeInfo.get(existing);
    if (!info) {
      const firstKind = tie.kinds.get(existing)?.[0] ?? '';
      info = { kindLines: new Map([[firstKind, tie.line[existing]]]), reported: new Set() };
      this.mergeInfo.set(existing, info);
    }
    const firstLineOfKind = info.kindLines.get(kind);
    if (firstLineOfKind === undefined) {
      info.kindLines.set(kind, line);
      if (kind !== '') {
        const kinds = tie.kinds.get(existing);
        if (kinds === undefined) tie.kinds.set(existing, [kind]);
        else kinds.push(kind);
      }
    } else {
      const pairKey = String(a * Math.max(1, this.ids.length) + b);
      const idA = this.ids[tie.src[existing]];
      const idB = this.ids[tie.dst[existing]];
      const describe = (count: number, _lines: string, lines: string): string =>
        `members "${idA}" and "${idB}" have ${count} rows ${kind === '' ? 'without a kind' : `of kind "${kind}"`} (${lines}): merged into one tie, weights summed`;
      if (!info.reported.has(kind)) {
        info.reported.add(kind);
        this.warnings.add(pairKey, 'duplicate-tie', st.file, firstLineOfKind, null, describe);
      }
      this.warnings.add(pairKey, 'duplicate-tie', st.file, line, null, describe);
    }
    tie.weight[existing] += weight;
    tie.rows[existing]++;
    if (since !== null && (tie.since[existing] < 0 || since < tie.since[existing])) tie.since[existing] = since;
    if (until !== null && (tie.until[existing] < 0 || until > tie.until[existing])) tie.until[existing] = until;
    if (explicit !== null) {
      const first = tie.orientation[existing];
      if (first === 0) tie.orientation[existing] = ORIENTATION_CODE[explicit];
      else if (ORIENTATION_OF_CODE[first] !== explicit) {
        this.warnings.add(
          '',
          'conflicting-orientation',
          st.file,
          line,
          m.headers[f.orientation!],
          (count, _lines, lines) =>
            `${plural(count, 'tie row')} (${lines}) ${count === 1 ? 'gives' : 'give'} an orientation that differs from an earlier row for the same pair: the first row's orientation was kept`,
        );
      }
    }
  }

  protected parseWeight(raw: string, st: FileState<TieField>, line: number, column: string): number {
    if (raw.length <= 9 && isDigits(raw)) {
      // The common case (a small whole number): what NUMBER and Number() give, without the regex.
      const value = Number(raw);
      if (value > 0) return value;
    }
    let text = raw;
    if (st.delimiter !== ',' && DECIMAL_COMMA.test(text)) text = text.replace(',', '.');
    const value = NUMBER.test(text) ? Number(text) : NaN;
    if (Number.isFinite(value) && value >= MIN_WEIGHT && value <= MAX_WEIGHT) return value;
    let problem: string;
    let expected = 'a positive number such as 1 or 2.5';
    if (Number.isNaN(value)) problem = `"${raw}" is not a number`;
    else if (!Number.isFinite(value)) problem = `"${raw}" is too large`;
    else if (value <= 0) problem = `weight ${raw} is not positive`;
    else {
      problem = `weight ${raw} is ${value > MAX_WEIGHT ? 'above' : 'below'} the accepted range`;
      expected = 'a positive number from 1e-12 to 1e12';
    }
    const fix =
      st.delimiter === ',' && DECIMAL_COMMA.test(raw)
        ? 'This file is comma-separated, so write decimals with a dot (2.5), or save it with ";" as the delimiter.'
        : Number.isFinite(value) && value > 0
          ? 'Rescale the weights of the file into the range (only their ratios matter), or remove the row.'
          : 'Correct the value, leave the cell empty for weight 1, or remove the row.';
    this.problem({
      code: 'invalid-weight',
      file: st.file,
      line,
      column,
      problem,
      expected,
      fix,
    });
    return NaN;
  }
}
