// What the read-ahead thread (read-ahead-worker.ts) and the checking thread (read-ahead.ts) share:
// counters in a SharedArrayBuffer, which the read-ahead thread waits on without an event loop, and
// the message for each file.
import type { ScanRecord } from '../plan/scan-record.js';

/** Files the checking thread has taken or passed (the read-ahead thread stays a window ahead of it). */
export const CONSUMED = 0;
/** Set when the checking thread no longer wants any. */
export const STOP = 1;
export const SIGNALS = 2;

export interface ReadAheadMessage {
  /** The file's place in the list given. */
  index: number;
  /** Absent when the file could not be read there: the checking thread reads it itself. */
  bytes?: Uint8Array;
  /** The scanner's events; null where it gave up; undefined when the bytes are not text. */
  scanned?: ScanRecord | null;
  /** hashBytes of the bytes, when asked for (the parse cache). */
  hash?: string;
}
