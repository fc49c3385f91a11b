// The one way cssp reads a file (and says where a file named in a plan may come from): regular
// files only (a named pipe or /dev/zero would block or never end), at most a stated size, and,
// for paths that come from a plan rather than the command line, inside the district folder after
// resolving links (a map `../../secret.svg` or a link to /etc/passwd is not read).
import { closeSync, constants, fstatSync, openSync, readSync, realpathSync, statSync, type Stats } from 'node:fs';
import { relative, isAbsolute } from 'node:path';

/** What cssp reads by default at most: far above any plan, standard, template or map it accepts. */
export const READ_LIMIT = 64 * 1024 * 1024;

export function fileKind(stats: Stats): string | undefined {
  if (stats.isFile()) return undefined;
  if (stats.isDirectory()) return 'a folder';
  if (stats.isFIFO()) return 'a named pipe';
  if (stats.isSocket()) return 'a socket';
  if (stats.isCharacterDevice() || stats.isBlockDevice()) return 'a device';
  return 'a special file';
}

/** Is `path` (already real) `root` or inside it? */
export function isInside(path: string, root: string): boolean {
  const rel = relative(root, path);
  return rel === '' || (!rel.startsWith('..') && !isAbsolute(rel));
}

export interface ReadOptions {
  /** At most this many bytes (default READ_LIMIT); a larger file is refused, not cut. */
  limit?: number;
  /** The file must be inside this folder after resolving links. */
  within?: string;
}

const mib = (n: number) => `${(n / 1048576).toFixed(n < 1048576 ? 2 : 1)} MiB`;

/**
 * Opened for reading without waiting: a named pipe opens at once (and is then refused as one) where
 * a plain open would wait for a writer. One system call fewer than a stat first (a plan is read in
 * five). A socket cannot be opened at all: said as what it is.
 */
function openWithoutWaiting(file: string): number {
  try {
    return openSync(file, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (err) {
    const kind = (err as NodeJS.ErrnoException).code === 'ENXIO' ? fileKind(statSync(file)) : undefined;
    if (kind) throw new Error(`it is ${kind}, not a regular file`);
    throw err;
  }
}

/** The bytes of a regular file; anything else throws, with a reason a person can act on, before it is read. */
export function readRegularFile(file: string, options: ReadOptions = {}): Buffer {
  const limit = options.limit ?? READ_LIMIT;
  if (options.within !== undefined && !isInside(realpathSync(file), realpathSync(options.within))) {
    throw new Error('it is outside the district folder (a path or link leading out of it)');
  }
  const fd = openWithoutWaiting(file);
  try {
    const stats = fstatSync(fd);
    if (!stats.isFile()) throw new Error(`it is ${fileKind(stats) ?? 'a special file'}, not a regular file`);
    if (stats.size > limit) throw new Error(`it is ${mib(stats.size)}, more than the ${mib(limit)} cssp reads`);
    // Read to the end, not to the reported size: files in /proc report 0 bytes and are not empty.
    const chunks: Buffer[] = [];
    let total = 0;
    for (;;) {
      // First the reported size and a byte (to see growth), so the usual file is one buffer of its size.
      const want = total === 0 && stats.size > 0 ? stats.size + 1 : Math.max(stats.size - total, 65536);
      const chunk = Buffer.allocUnsafe(Math.min(want, limit + 1 - total));
      const n = readSync(fd, chunk, 0, chunk.length, null);
      if (n === 0) break;
      chunks.push(chunk.subarray(0, n));
      total += n;
      if (total > limit) throw new Error(`it is more than the ${mib(limit)} cssp reads`);
      // The reported size, and not the byte asked for past it: the end (no read of nothing to say so).
      if (stats.size > 0 && total >= stats.size && n < chunk.length) break;
    }
    // Most files arrive in one read: no second copy of their bytes.
    return chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, total);
  } finally {
    closeSync(fd);
  }
}

export const readText = (file: string, options?: ReadOptions): string => readRegularFile(file, options).toString('utf8');

export type DistrictFileStatus = 'ok' | 'missing' | 'outside' | 'not-a-file';

/** Where a path a plan names leads: a regular file inside the district, or why not. */
export function districtFileStatus(absolute: string, root: string): DistrictFileStatus {
  let real: string;
  try {
    real = realpathSync(absolute);
  } catch {
    return 'missing';
  }
  let realRoot: string;
  try {
    realRoot = realpathSync(root);
  } catch {
    realRoot = root;
  }
  if (!isInside(real, realRoot)) return 'outside';
  const stats = statSync(real, { throwIfNoEntry: false });
  return !stats ? 'missing' : stats.isFile() ? 'ok' : 'not-a-file';
}

/** The first `bytes` bytes of a regular file (an image's header), or less when it is shorter. */
export function readHead(file: string, bytes: number): Buffer {
  const kind = fileKind(statSync(file));
  if (kind) throw new Error(`it is ${kind}, not a regular file`);
  const fd = openSync(file, 'r');
  try {
    const buffer = Buffer.alloc(bytes);
    const n = readSync(fd, buffer, 0, bytes, 0);
    return buffer.subarray(0, n);
  } finally {
    closeSync(fd);
  }
}
