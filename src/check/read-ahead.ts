// Reading ahead on a second thread when the checking thread works alone on many plans (on 2 or 3
// cores below the 4,000 plans that pay for a check worker, parallel.ts; CSSP_WORKERS=0 turns both
// off): the other thread reads each plan, records the
// scanner's events and hashes the bytes; this thread builds the values from the events and runs
// the checks. Unlike a check worker, it warms up no rules and copies back no results: only bytes
// and an Int32Array, moved without a copy. It changes no reading: a file it did not read, or whose
// text differs from the record, is read here as always (fast-read.ts).
import { availableParallelism } from 'node:os';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { ScanRecord } from '../plan/scan-record.js';
import { CONSUMED, SIGNALS, STOP, type ReadAheadMessage } from './read-ahead-protocol.js';
import type { ReadAheadTask } from './read-ahead-worker.js';
import { codeModule } from '../version.js';

/** A file as the read-ahead thread prepared it. */
export interface AheadFile {
  bytes: Uint8Array;
  scanned: ScanRecord | null | undefined;
  hash: string | undefined;
}

/**
 * Below this many files, starting the thread costs more than it saves: on 2 vCPUs (sample-sized
 * plans, cold) 130 plans took 5% longer with it, 300 plans 4% longer, 500 plans 3% less time and
 * 1,000 generated plans 12% less. From 200 plans on 4 cores or more, check workers take over.
 */
export const MIN_FILES_TO_READ_AHEAD = 400;
/** Files read ahead at most (each at most MAX_FILE_BYTES, a plan's limit): a few dozen megabytes in the worst case. */
export const WINDOW = 16;

export class ReadAhead {
  private readonly place = new Map<string, number>();
  private readonly arrived = new Map<number, ReadAheadMessage>();
  private readonly signal: Int32Array;
  private readonly worker: Worker;
  private readonly port: MessagePort;
  /** Files before this place are taken or passed. */
  private next = 0;
  private stopped = false;

  /**
   * Starts reading `files` in order; `hash`: hash the bytes too (the parse cache wants them).
   * `script`: the thread's module (tests, which run this file from its TypeScript source, name the built one).
   */
  constructor(files: readonly string[], hash: boolean, script = codeModule('check/read-ahead-worker.js')) {
    files.forEach((file, i) => this.place.has(file) || this.place.set(file, i));
    const shared = new SharedArrayBuffer(SIGNALS * Int32Array.BYTES_PER_ELEMENT);
    this.signal = new Int32Array(shared);
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    const task: ReadAheadTask = { files: [...files], port: port2, signal: shared, window: WINDOW, hash };
    this.worker = new Worker(script, { workerData: task, transferList: [port2] });
    this.worker.unref(); // never what keeps the process alive
    this.worker.on('error', () => this.stop()); // its files are then read here, as if never read ahead
  }

  /**
   * The file as read ahead, if it is ready; undefined when it is not (not yet read, not in the
   * list, asked for out of order, unreadable there, or the thread stopped): read it here then. This
   * thread never waits for the other: the other skips what this one has passed.
   */
  take(file: string): AheadFile | undefined {
    const at = this.place.get(file);
    if (this.stopped || at === undefined || at < this.next) return undefined;
    for (let i = this.next; i < at; i++) this.arrived.delete(i); // passed over: never asked for
    this.next = at + 1;
    Atomics.store(this.signal, CONSUMED, this.next);
    Atomics.notify(this.signal, CONSUMED);
    let message = this.arrived.get(at);
    this.arrived.delete(at);
    for (let received; !message && (received = receiveMessageOnPort(this.port));) {
      const m = received.message as ReadAheadMessage;
      if (m.index === at) message = m;
      else if (m.index > at) this.arrived.set(m.index, m);
    }
    return message?.bytes ? { bytes: message.bytes, scanned: message.scanned, hash: message.hash } : undefined;
  }

  stop(): void {
    if (this.stopped) return;
    this.stopped = true;
    this.arrived.clear();
    Atomics.store(this.signal, STOP, 1);
    Atomics.notify(this.signal, CONSUMED);
    this.port.close();
    void this.worker.terminate();
  }
}

/**
 * A read-ahead for `files`, when it pays: enough files, a second core, and threads allowed
 * (CSSP_WORKERS=0 means none at all).
 */
export function startReadAhead(files: readonly string[], hash: boolean, env: Record<string, string | undefined>, cores = availableParallelism()): ReadAhead | undefined {
  if (files.length < MIN_FILES_TO_READ_AHEAD || cores < 2 || env.CSSP_WORKERS === '0') return undefined;
  try {
    return new ReadAhead(files, hash);
  } catch {
    return undefined; // no thread to be had: read here
  }
}
