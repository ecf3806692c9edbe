/**
 * The spreadsheet library, loaded only when a workbook is read or written (CSV users never load it).
 *
 * Choice (December 2026; `npm view`, the advisories of GitHub's database, sizes unpacked):
 * - `xlsx` (SheetJS on npm): frozen at 0.18.5 (2022) with two high advisories when reading files,
 *   CVE-2023-30533 / GHSA-4r6h-8v6p-xvw6 (prototype pollution, fixed in 0.19.3) and CVE-2024-22363 /
 *   GHSA-5pgg-2g8v-p4x9 (ReDoS, fixed in 0.20.2); SheetJS publishes newer builds on its own CDN only.
 * - `@e965/xlsx` 0.20.3 (chosen): the unmodified SheetJS Community Edition 0.20.3 build (both fixes),
 *   republished on npm (Apache-2.0), no dependencies, 7.8 MB unpacked, about 1.1 M downloads a month.
 *   Reads and writes .xlsx, .xlsm, .xls (BIFF), .ods and flat .fods; recognises encrypted workbooks.
 * - `exceljs` 4.4.0 (Dec 2024): .xlsx and CSV only (no .ods, no .xls), nine dependencies (archiver,
 *   unzipper, jszip, ...), 23 MB installed; its streaming reader took 28 s for the 1M-row sheet where
 *   SheetJS took 17 s (same machine, same file).
 * - `read-excel-file` / `write-excel-file`: .xlsx only, reading and writing in two packages; the reader
 *   failed on the 1M-row sheet after 68 s.
 * - `@cj-tech-master/excelts` 10.2: .xlsx only, 51 MB installed; streaming read 37 s on the same sheet.
 * SheetJS keeps whole sheets in memory (dense mode: one array per row); the bound is documented.
 */
import type * as SheetJs from '@e965/xlsx';
import * as zlib from 'node:zlib';

export type SheetJsModule = typeof SheetJs;

let loaded: Promise<SheetJsModule> | null = null;

/** The SheetJS module (dynamic import, once), with Node's zlib for (de)compression. */
export function loadSheetJs(): Promise<SheetJsModule> {
  loaded ??= import('@e965/xlsx').then((mod) => {
    const x = ((mod as { default?: SheetJsModule }).default ?? mod) as SheetJsModule;
    // Node's zlib instead of SheetJS's JavaScript inflate/deflate: faster, and smaller files written.
    // SheetJS reads `bytesRead` of its inflater, which Node deprecates for `bytesWritten` (the same
    // count): a subclass answers it without the deprecation warning.
    class InflateRaw extends zlib.InflateRaw {
      override get bytesRead(): number {
        return this.bytesWritten;
      }
    }
    x.CFB.utils.use_zlib({ ...zlib, InflateRaw });
    return x;
  });
  return loaded;
}
