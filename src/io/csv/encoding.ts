/**
 * The bytes of a file before they are CSV: signatures of files given by mistake (spreadsheets, ZIP,
 * PDF), byte-order marks, decoders (with the windows-1252 fix), strict UTF-8 checking that names the
 * line of the first bad byte, and the guesses behind the messages.
 */
import { InputError } from '../../model/errors.js';

export const PROBE_BYTES = 65536;

/** Signatures of files that are often given by mistake instead of a CSV export. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: 'a ZIP archive, most likely an Excel workbook (.xlsx) or an OpenDocument spreadsheet (.ods)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old Excel workbook (.xls, OLE format)' },
  { bytes: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
];

/** How to export CSV, for messages. */
export const EXPORT_HELP =
  'Export the sheet as CSV: in Excel, File › Save As › "CSV UTF-8 (Comma delimited) (*.csv)"; in LibreOffice Calc, File › Save As › "Text CSV (.csv)", then character set "Unicode (UTF-8)" and field delimiter "," (or ";").';

function startsWith(probe: Uint8Array, bytes: number[]): boolean {
  if (probe.length < bytes.length) return false;
  for (let i = 0; i < bytes.length; i++) if (probe[i] !== bytes[i]) return false;
  return true;
}

/** Throws an InputError (`not-csv`) when the bytes start like a spreadsheet, a ZIP or a PDF. */
export function checkNotBinary(probe: Uint8Array, label: string): void {
  for (const sig of SIGNATURES) {
    if (startsWith(probe, sig.bytes)) {
      throw new InputError({
        code: 'not-csv',
        file: label,
        problem: `this is not a CSV file but ${sig.what}`,
        expected: 'a CSV text file',
        fix: EXPORT_HELP,
      });
    }
  }
}

/** The encoding named by a byte-order mark, or null. */
export function bomEncoding(probe: Uint8Array): 'utf-8' | 'utf-16le' | 'utf-16be' | null {
  if (probe[0] === 0xef && probe[1] === 0xbb && probe[2] === 0xbf) return 'utf-8';
  if (probe[0] === 0xff && probe[1] === 0xfe) return 'utf-16le';
  if (probe[0] === 0xfe && probe[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * windows-1252 characters of the bytes 0x80–0x9F (Node 20's TextDecoder decodes windows-1252 as
 * ISO-8859-1 there, giving C1 control characters; the five undefined bytes stay as they are).
 */
const CP1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

/** A chunk-wise decoder: TextDecoder, with the windows-1252 fix. */
export function makeDecoder(encoding: string): { decode(chunk?: Uint8Array, options?: { stream?: boolean }): string } {
  const decoder = new TextDecoder(encoding);
  if (decoder.encoding !== 'windows-1252') return decoder;
  return {
    decode(chunk?: Uint8Array, options?: { stream?: boolean }): string {
      return decoder.decode(chunk, options).replace(/[\u0080-\u009f]/g, (c) => CP1252_C1[c.charCodeAt(0) - 0x80]);
    },
  };
}

/** Checks an encoding name against TextDecoder; returns its canonical name. */
export function checkEncodingName(name: string): string {
  try {
    return new TextDecoder(name.trim()).encoding;
  } catch {
    throw new InputError({
      code: 'unknown-encoding',
      problem: `--encoding "${name}" is not an encoding this program knows`,
      expected: 'a name such as utf-8, windows-1251, windows-1252, latin1, utf-16le or utf-16be',
      fix: 'Correct the name given with --encoding (option encoding).',
    });
  }
}

/**
 * A streaming UTF-8 checker: {@link check} returns the offset of the first byte in a chunk that
 * cannot be part of valid UTF-8 (overlong forms, surrogates and code points above U+10FFFF included),
 * or -1; sequences may be split across chunks.
 */
export class Utf8Check {
  private need = 0;
  private lower = 0x80;
  private upper = 0xbf;

  check(b: Uint8Array): number {
    const n = b.length;
    for (let i = 0; i < n; i++) {
      const c = b[i];
      if (this.need === 0) {
        if (c < 0x80) continue;
        if (c >= 0xc2 && c <= 0xdf) this.need = 1;
        else if (c === 0xe0) (this.need = 2), (this.lower = 0xa0);
        else if ((c >= 0xe1 && c <= 0xec) || c === 0xee || c === 0xef) this.need = 2;
        else if (c === 0xed) (this.need = 2), (this.upper = 0x9f);
        else if (c === 0xf0) (this.need = 3), (this.lower = 0x90);
        else if (c >= 0xf1 && c <= 0xf3) this.need = 3;
        else if (c === 0xf4) (this.need = 3), (this.upper = 0x8f);
        else return i;
      } else {
        if (c < this.lower || c > this.upper) return i;
        this.lower = 0x80;
        this.upper = 0xbf;
        this.need--;
      }
    }
    return -1;
  }

  /** True when the input ended inside a multi-byte sequence. */
  get incomplete(): boolean {
    return this.need > 0;
  }
}

/**
 * Which single-byte encoding a non-UTF-8 text is more likely in: Cyrillic letters in windows-1251 are
 * the bytes 0xC0–0xFF and come in runs (whole words), while the accented letters of Western European
 * languages in windows-1252 are mostly single high bytes between ASCII letters.
 */
export function guessLegacyEncoding(bytes: Uint8Array): 'windows-1251' | 'windows-1252' {
  let high = 0;
  let inRuns = 0;
  for (let i = 0; i < bytes.length; i++) {
    const c = bytes[i];
    if (c < 0x80) continue;
    high++;
    if (c >= 0xc0 && ((i > 0 && bytes[i - 1] >= 0xc0) || (i + 1 < bytes.length && bytes[i + 1] >= 0xc0))) inRuns++;
  }
  return high > 0 && inRuns * 2 > high ? 'windows-1251' : 'windows-1252';
}

/** Counts line breaks (LF, or CR where there is no LF at all) in `b[0, end)`. */
export function countBreaks(b: Uint8Array, end: number, state: { lf: number; cr: number }): void {
  for (let i = 0; i < end; i++) {
    const c = b[i];
    if (c === 10) state.lf++;
    else if (c === 13) state.cr++;
  }
}

export function invalidUtf8Error(label: string, line: number, sample: Uint8Array): InputError {
  const guess = guessLegacyEncoding(sample);
  const other = guess === 'windows-1251' ? 'windows-1252' : 'windows-1251';
  const script = (e: string) => (e === 'windows-1251' ? 'Cyrillic' : 'Western European');
  return new InputError({
    code: 'invalid-encoding',
    file: label,
    line,
    problem: 'the file is not valid UTF-8 (the first byte that is not UTF-8 is on this line)',
    expected: 'UTF-8, or an encoding named with --encoding',
    fix: `It was probably saved in a legacy encoding: read it with --encoding ${guess} (${script(guess)}; or --encoding ${other} for ${script(other)}), or save it again as "CSV UTF-8".`,
  });
}

/** Heuristic: many NUL bytes at alternating positions = UTF-16 without a byte-order mark. */
export function looksLikeUtf16(probe: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (probe.length < 4) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < probe.length; i++) if (probe[i] === 0) i % 2 === 0 ? even++ : odd++;
  const half = probe.length / 2;
  if (odd > half * 0.6 && even < half * 0.1) return 'utf-16le';
  if (even > half * 0.6 && odd < half * 0.1) return 'utf-16be';
  return null;
}

