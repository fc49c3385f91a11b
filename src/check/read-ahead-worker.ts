// The read-ahead thread (read-ahead.ts): reads each plan file in order, decodes it, records the
// scanner's events and (for the parse cache) hashes the bytes, at most `window` files ahead of
// what the checking thread has taken, and never one it has passed. It decides nothing: a file it
// cannot read is read again by the checking thread, which reports it as always.
import { workerData, type MessagePort } from 'node:worker_threads';
import { readRegularFile } from '../util/files.js';
import { decodeText, MAX_FILE_BYTES } from '../plan/decode.js';
import { recordScan } from '../plan/scan-record.js';
import { hashBytes } from './cache-keys.js';
import { CONSUMED, STOP, type ReadAheadMessage } from './read-ahead-protocol.js';

export interface ReadAheadTask {
  files: string[];
  port: MessagePort;
  signal: SharedArrayBuffer;
  window: number;
  hash: boolean;
}

const task = workerData as ReadAheadTask;
const signal = new Int32Array(task.signal);

/** Its own ArrayBuffer, so it moves to the other thread without a copy (a small Buffer is a slice of a shared pool). */
const movable = (bytes: Uint8Array): Uint8Array =>
  bytes.byteOffset === 0 && bytes.buffer.byteLength - bytes.byteLength <= 1 && !(bytes.buffer instanceof SharedArrayBuffer) ? bytes : new Uint8Array(bytes);

function prepare(index: number, file: string): [ReadAheadMessage, ArrayBuffer[]] {
  try {
    return prepareFile(index, file);
  } catch {
    return [{ index }, []]; // read again there, and reported from there (an unreadable file, or a fault here)
  }
}

function prepareFile(index: number, file: string): [ReadAheadMessage, ArrayBuffer[]] {
  // A file larger than a plan may be is refused here (so the window holds a few megabytes at most) and
  // read there, where it is reported as too large.
  const bytes = movable(readRegularFile(file, { limit: MAX_FILE_BYTES }));
  const text = decodeText(bytes, []);
  const scanned = text === undefined ? undefined : recordScan(text);
  const message: ReadAheadMessage = { index, bytes, scanned, hash: task.hash ? hashBytes(bytes) : undefined };
  return [message, scanned ? [bytes.buffer as ArrayBuffer, scanned.events.buffer as ArrayBuffer] : [bytes.buffer as ArrayBuffer]];
}

for (let index = 0; index < task.files.length; index++) {
  // Files the checking thread has passed it read itself (this thread started late, or fell behind).
  index = Math.max(index, Atomics.load(signal, CONSUMED));
  // Wait while the window is full: a slow check must not make this thread hold the whole district.
  for (let taken = Atomics.load(signal, CONSUMED); index - taken >= task.window; taken = Atomics.load(signal, CONSUMED)) {
    if (Atomics.load(signal, STOP) !== 0) break;
    Atomics.wait(signal, CONSUMED, taken);
  }
  if (Atomics.load(signal, STOP) !== 0 || index >= task.files.length) break;
  const [message, transfer] = prepare(index, task.files[index]!);
  task.port.postMessage(message, transfer);
}
task.port.close();
