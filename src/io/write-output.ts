/**
 * Writing output files whole or not at all: the content goes to a temporary file beside the target,
 * which is then renamed into place (atomic on POSIX file systems). An output path that names one of
 * the input files is refused, so a report can never overwrite its own data.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync, realpathSync, existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from './errors.js';

function canonical(path: string): string {
  const abs = resolve(path);
  try {
    return realpathSync(abs);
  } catch {
    // The file does not exist yet: resolve its directory instead.
    try {
      return join(realpathSync(dirname(abs)), basename(abs));
    } catch {
      return abs;
    }
  }
}

/** Throws a usage error when `output` is one of `inputs`. */
export function refuseInputOverwrite(output: string, inputs: readonly (string | null | undefined)[]): void {
  const out = canonical(output);
  for (const input of inputs) {
    if (input && existsSync(input) && canonical(input) === out) {
      throw new InputError({
        code: 'output-is-input',
        file: output,
        problem: 'this output path is one of the input files; writing there would overwrite your data',
        fix: 'Choose another output path.',
      });
    }
  }
}

/** Writes `content` to `path` atomically (temporary file + rename). */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  const target = resolve(path);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.${Date.now()}.tmp`);
  let fd: number | null = null;
  try {
    fd = openSync(tmp, 'w', 0o644);
    if (typeof content === 'string') writeStringInSlices(fd, content);
    else writeSync(fd, content);
    fsyncSync(fd);
    closeSync(fd);
    fd = null;
    renameSync(tmp, target);
  } catch (err) {
    if (fd !== null) closeSync(fd);
    try {
      unlinkSync(tmp);
    } catch {
      /* the temporary file was never created */
    }
    throw err;
  }
}

const SLICE = 4 * 1024 * 1024;

/**
 * Writes a (possibly very large) string as UTF-8 in slices, never splitting a surrogate pair. Each
 * slice is encoded into one reused buffer (`Buffer#write`): about two and a half times faster than
 * handing strings to `writeSync`, which allocates a new buffer per call, and it never holds a second
 * copy of the whole content.
 */
function writeStringInSlices(fd: number, content: string): void {
  // UTF-8 takes at most 3 bytes per UTF-16 code unit (4 per surrogate pair, i.e. 2 per unit).
  const buffer = Buffer.allocUnsafe(Math.min(content.length, SLICE) * 3);
  for (let start = 0; start < content.length; ) {
    let end = Math.min(content.length, start + SLICE);
    const last = content.charCodeAt(end - 1);
    if (end < content.length && last >= 0xd800 && last <= 0xdbff) end--;
    const bytes = buffer.write(content.slice(start, end), 0, 'utf8');
    for (let written = 0; written < bytes; ) written += writeSync(fd, buffer, written, bytes - written);
    start = end;
  }
}
