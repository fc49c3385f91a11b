// The parse cache's file format. One file, so a CI cache step keeps it whole:
//
//   prefix (64 bytes)   "cssp-parse-cache/3 <positions at> <header at>", space-padded
//   data region         each entry's data JSON, then its diagnostics JSON
//   positions region    each entry's line starts (binary: cached-positions.ts), then its position table JSON
//   header              JSON: build, savedAt, file -> [hash, size, mtime], hash -> spans
//
// A warm check reads the prefix and the header, then each entry's data where it lies (one read per
// plan, so memory stays flat however large the district); positions are read only for files with
// findings, so they cost nothing for clean plans.
import { closeSync, fstatSync, openSync, readSync, renameSync, rmSync, writeSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { asciiJson } from './cache-keys.js';

const MAGIC = 'cssp-parse-cache/3';
const PREFIX_BYTES = 64;

/** [data offset, data length, diagnostics length, positions offset, positions length, decoded 0|1] */
export type Span = [number, number, number, number, number, number];

export type Opened<H> =
  | { kind: 'ok'; reader: CacheFileReader<H> }
  | { kind: 'missing' | 'empty' | 'foreign' | 'damaged' };

/** Bytes read ahead for entries' data: entries read in file order cost one read per window. */
const WINDOW_BYTES = 1 << 20;

/** Bytes of the file read ahead: entries read in file order cost one read per window, not one each. */
class Window {
  private at = 0;
  private length = 0;
  private buffer: Buffer | undefined;
  /** Counts refills: a view taken before the last one holds other bytes now. */
  generation = 0;

  constructor(private readonly fd: () => number) {}

  /** The bytes [start, end) of the file, as a view into the window (valid until the next call). */
  view(start: number, end: number): Buffer {
    if (start < this.at || end > this.at + this.length) {
      this.buffer ??= Buffer.allocUnsafe(WINDOW_BYTES);
      this.generation++;
      this.at = start;
      this.length = readUpTo(this.fd(), this.buffer, start);
      if (end > start + this.length) throw new SyntaxError('the cache file ends early');
    }
    return this.buffer!.subarray(start - this.at, end - this.at);
  }
}

export class CacheFileReader<H> {
  private readonly data = new Window(() => this.fd);
  private readonly tables = new Window(() => this.fd);

  private constructor(private fd: number, readonly header: H, private readonly positionsAt: number) {}

  /** Opens a cache file; `foreign` when it is not one (never to be overwritten). Throws on IO errors. */
  static open<H>(path: string): Opened<H> {
    let fd: number;
    try {
      fd = openSync(path, 'r');
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return { kind: 'missing' };
      throw err;
    }
    try {
      const stat = fstatSync(fd);
      if (!stat.isFile()) throw new Error('it is not a regular file');
      if (stat.size === 0) return close(fd, { kind: 'empty' });
      const prefix = read(fd, 0, Math.min(PREFIX_BYTES, stat.size)).toString('latin1');
      if (!prefix.startsWith(`${MAGIC} `)) return close(fd, { kind: prefix.startsWith('cssp-parse-cache/') ? 'damaged' : 'foreign' });
      const [positionsAt, headerAt] = prefix.slice(MAGIC.length).trim().split(' ').map(Number) as [number, number];
      if (!(positionsAt <= headerAt && PREFIX_BYTES + headerAt < stat.size)) return close(fd, { kind: 'damaged' });
      const header = JSON.parse(read(fd, PREFIX_BYTES + headerAt, stat.size - PREFIX_BYTES - headerAt).toString('latin1')) as H;
      return { kind: 'ok', reader: new CacheFileReader(fd, header, positionsAt) };
    } catch (err) {
      if (err instanceof SyntaxError) return close(fd, { kind: 'damaged' });
      closeSync(fd);
      throw err;
    }
  }

  /** An entry's data and diagnostics, as stored (JSON texts, one after the other). */
  dataBytes(span: Span): Buffer {
    return read(this.fd, PREFIX_BYTES + span[0], span[1] + span[2]);
  }

  /**
   * An entry's data and diagnostics JSON texts. Read through a window of the file: one read per
   * plan was 10,000 reads (and as many 26 KB buffers to collect) in a warm check of 10,000 plans.
   */
  texts(span: Span): [string, string] {
    const start = PREFIX_BYTES + span[0];
    const end = start + span[1] + span[2];
    const bytes = end - start > WINDOW_BYTES ? this.dataBytes(span) : this.data.view(start, end);
    return [bytes.toString('latin1', 0, span[1]), bytes.toString('latin1', span[1])];
  }

  /** An entry's positions, read whole (to copy them into a new cache). */
  positions(span: Span): Buffer {
    return read(this.fd, PREFIX_BYTES + this.positionsAt + span[3], span[4]);
  }

  /**
   * An entry's positions as a view into a window of their own (entries are read in the same order
   * as their data: one read per window, where a warm check with a finding in every plan made one
   * read, and a 40 KB copy, per plan). `valid()` turns false once the window has moved on.
   */
  positionsView(span: Span): { bytes: Buffer; valid: () => boolean } {
    const start = PREFIX_BYTES + this.positionsAt + span[3];
    if (span[4] > WINDOW_BYTES) return { bytes: read(this.fd, start, span[4]), valid: () => true };
    const bytes = this.tables.view(start, start + span[4]);
    const generation = this.tables.generation;
    return { bytes, valid: () => this.tables.generation === generation };
  }

  close(): void {
    if (this.fd >= 0) closeSync(this.fd);
    this.fd = -1;
  }
}

/** Writes a new cache beside the old one: two temp files (data, positions), joined at the end. */
export class CacheFileWriter {
  private readonly main: { fd: number; path: string; at: number };
  private readonly side: { fd: number; path: string; at: number };

  constructor(target: string) {
    const temp = (kind: string) => join(dirname(target), `.cssp-cache.${process.pid}.${Date.now()}.${kind}.tmp`);
    const main = temp('data');
    this.main = { fd: openSync(main, 'w'), path: main, at: 0 };
    const side = temp('positions');
    try {
      this.side = { fd: openSync(side, 'w+'), path: side, at: 0 };
    } catch (err) {
      this.abort();
      throw err;
    }
  }

  add(data: Buffer, diagnostics: Buffer, positions: Buffer, decoded: boolean): Span {
    const span: Span = [this.main.at, data.length, diagnostics.length, this.side.at, positions.length, decoded ? 1 : 0];
    write(this.main, data, PREFIX_BYTES);
    write(this.main, diagnostics, PREFIX_BYTES);
    write(this.side, positions, 0);
    return span;
  }

  /** Joins the parts, writes the header and moves the file into place (a rename: never half-written). */
  finish(header: unknown, target: string): void {
    const positionsAt = this.main.at;
    const chunk = Buffer.alloc(1 << 20);
    for (let at = 0; at < this.side.at; at += chunk.length) {
      const n = readSync(this.side.fd, chunk, 0, Math.min(chunk.length, this.side.at - at), at);
      write(this.main, chunk.subarray(0, n), PREFIX_BYTES);
    }
    const headerAt = this.main.at;
    // ASCII (non-ASCII escaped), as it is read back byte for byte: a file name or finding with é must not garble it.
    write(this.main, Buffer.from(asciiJson(header), 'latin1'), PREFIX_BYTES);
    writeSync(this.main.fd, Buffer.from(`${`${MAGIC} ${positionsAt} ${headerAt}`.padEnd(PREFIX_BYTES - 1)}\n`, 'latin1'), 0, PREFIX_BYTES, 0);
    closeSync(this.main.fd);
    this.main.fd = -1;
    renameSync(this.main.path, target);
    this.abort();
  }

  abort(): void {
    for (const part of [this.main, this.side]) {
      if (!part) continue;
      if (part.fd >= 0) closeSync(part.fd);
      part.fd = -1;
      rmSync(part.path, { force: true });
    }
  }
}

function read(fd: number, position: number, length: number): Buffer {
  const buffer = Buffer.allocUnsafe(length);
  let done = 0;
  while (done < length) {
    const n = readSync(fd, buffer, done, length - done, position + done);
    if (n === 0) throw new SyntaxError('the cache file ends early');
    done += n;
  }
  return buffer;
}

/** Fills `buffer` from `position`, or as much of it as the file holds. */
function readUpTo(fd: number, buffer: Buffer, position: number): number {
  let done = 0;
  for (let n = -1; n !== 0 && done < buffer.length; done += n) n = readSync(fd, buffer, done, buffer.length - done, position + done);
  return done;
}

function write(part: { fd: number; at: number }, bytes: Buffer, base: number): void {
  writeSync(part.fd, bytes, 0, bytes.length, base + part.at);
  part.at += bytes.length;
}

function close<T>(fd: number, result: T): T {
  closeSync(fd);
  return result;
}
