/** CSV text (a string, not a file) parsed into records: the fast reader, then csv-parse for the rest. */
import { parse as parseSync } from 'csv-parse/sync';
import { InputError } from '../../model/errors.js';
import { FastReader } from './fast-reader.js';
import { LineTracker, checkColumns, detectDelimiter, headerLine, isBlank, parserOptions, syntaxError, type CsvRecord, type CsvSource } from './records.js';

/** Parses CSV text (a file-less call); `file` names it in messages. */
export function parseCsvText(text: string, file: string): CsvSource {
  const delimiter = detectDelimiter(headerLine(text));
  const tracker = new LineTracker();
  const out: CsvRecord[] = [];
  const take = (fields: string[], line: number): void => {
    checkColumns(fields, line, file, out.length === 0);
    if (!isBlank(fields)) out.push({ fields, line });
  };
  const fast = new FastReader(delimiter);
  if (fast.push(text, true, (fields, line) => take(fields, (tracker.lastEnd = line)))) return { delimiter, records: out };
  const { info: _info, ...options } = parserOptions(delimiter);
  const rest = fast.continuation(options);
  try {
    parseSync(rest.text, {
      ...rest.options,
      on_record: (record: string[], context: { lines: number }) => {
        take(record, tracker.start(context.lines, record));
        return null;
      },
    });
  } catch (err) {
    if (err instanceof InputError) throw err;
    const cause = (err as { cause?: unknown })?.cause;
    if (cause instanceof InputError) throw cause;
    throw syntaxError(err, file, tracker);
  }
  return { delimiter, records: out };
}
