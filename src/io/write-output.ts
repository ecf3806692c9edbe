/**
 * Writing output files whole or not at all: the content goes to a temporary file beside the target,
 * which is then renamed into place (atomic on POSIX file systems). An output path that names one of
 * the input files is refused, so a report can never overwrite its own data. Destinations are checked
 * (folders created, writability probed) before any work is done, and a failure to write is a
 * `cannot-write` InputError naming the user's path, never a temporary name.
 */
import { closeSync, fsyncSync, openSync, renameSync, unlinkSync, writeSync, realpathSync, existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { InputError } from '../model/errors.js';

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

/** Plain words for a file-system error code (the message of Node's error names the temporary file). */
export function fsReason(err: unknown): string {
  const code = (err as NodeJS.ErrnoException | null)?.code;
  switch (code) {
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'EROFS':
      return 'the file system is read-only';
    case 'ENOENT':
      return 'the folder does not exist';
    case 'ENOTDIR':
    case 'EEXIST':
      return 'a part of the path is a file, not a folder';
    case 'EISDIR':
      return 'it is a folder';
    case 'ENOSPC':
      return 'no space left on the device';
    case 'EDQUOT':
      return 'disk quota exceeded';
    case 'ENAMETOOLONG':
      return 'the name is too long';
    default:
      return code ? `the system refused (${code})` : err instanceof Error ? err.message : String(err);
  }
}

/** The error for an output that cannot be written: `cannot write <path>: <reason>`. */
export function cannotWrite(path: string, err: unknown, option = '--out'): InputError {
  return new InputError({
    code: 'cannot-write',
    problem: `cannot write ${path}: ${fsReason(err)}`,
    fix: `Choose another path with ${option}, or make the folder writable.`,
  });
}

function probeFolder(dir: string): void {
  const probe = join(dir, `.cluster-graph-probe.${process.pid}.${Date.now()}.tmp`);
  closeSync(openSync(probe, 'wx', 0o644));
  unlinkSync(probe);
}

/**
 * Checks an output destination before the work starts: `kind` 'file' (`--out`: its folder is created
 * when missing, like `mkdir -p`; the path must not be a folder) or 'folder' (`--out-dir`: created when
 * missing). The folder must take a new file (a probe file is created and removed). Throws a
 * `cannot-write` InputError naming `path` as given.
 */
export function prepareDestination(path: string, kind: 'file' | 'folder', option: string): void {
  const target = resolve(path);
  const dir = kind === 'file' ? dirname(target) : target;
  try {
    if (kind === 'file' && existsSync(target) && statSync(target).isDirectory()) {
      throw Object.assign(new Error('is a folder'), { code: 'EISDIR' });
    }
    mkdirSync(dir, { recursive: true });
    probeFolder(dir);
  } catch (err) {
    throw cannotWrite(path, err, option);
  }
}

/** Writes `content` to `path` atomically (temporary file + rename); a failure names `path` (`cannot-write`). */
export function writeFileAtomic(path: string, content: string | Uint8Array): void {
  writeFilesAtomic([{ path, content }]);
}

/**
 * Writes several files, each whole or not at all, and the set as nearly so as the file system allows:
 * every temporary file is written first; only when all are written are they renamed into place. On a
 * failure no temporary file is left and no target is touched. Errors are `cannot-write` InputErrors
 * naming the target as given.
 */
export function writeFilesAtomic(files: readonly { path: string; content: string | Uint8Array }[], option = '--out'): void {
  const temps: string[] = [];
  const stamp = `${process.pid}.${Date.now()}`;
  try {
    files.forEach((f, i) => {
      const target = resolve(f.path);
      const tmp = join(dirname(target), `.${basename(target)}.${stamp}.${i}.tmp`);
      temps.push(tmp);
      try {
        writeTemp(tmp, f.content);
      } catch (err) {
        throw cannotWrite(f.path, err, option);
      }
    });
    files.forEach((f, i) => {
      try {
        renameSync(temps[i], resolve(f.path));
      } catch (err) {
        throw cannotWrite(f.path, err, option);
      }
      temps[i] = '';
    });
  } catch (err) {
    for (const tmp of temps) {
      if (tmp === '') continue;
      try {
        unlinkSync(tmp);
      } catch {
        /* never created */
      }
    }
    throw err;
  }
}

function writeTemp(tmp: string, content: string | Uint8Array): void {
  const fd = openSync(tmp, 'w', 0o644);
  try {
    if (typeof content === 'string') writeStringInSlices(fd, content);
    else writeSync(fd, content);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
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
