// The scanner's events (fast-scan.ts) kept as numbers, so another thread can scan a file and this
// one build its values from them (check/read-ahead.ts): an Int32Array moves between threads without
// a copy, where the values and positions built from it would be copied object by object.
// Replaying a record tells a sink exactly the calls the scanner made, in order.
import { scanInto } from './fast-scan.js';
import type { EventSink } from './yaml-events.js';

export interface ScanRecord {
  /** The events: a kind, then its numbers (see record()). */
  events: Int32Array;
  /** The decoded text of each literal block, in order (a folded block's is decoded by the reader). */
  blocks: string[];
  /** The length of the text scanned: a record is only ever replayed on that same text. */
  textLength: number;
}

const OPEN = 1, SCALAR = 2, BLOCK = 3, POP = 4;
const SEQ = 1, FLOW = 2, FAST = 8, NONE = -1;

/** Records the scanner's events for `text`, or returns null where the scanner gives up on it. */
export function recordScan(text: string): ScanRecord | null {
  const recorder = new Recorder();
  if (!scanInto(text, recorder)) return null;
  return { events: recorder.events.slice(0, recorder.length), blocks: recorder.blocks, textLength: text.length };
}

class Recorder implements EventSink {
  events = new Int32Array(4096);
  length = 0;
  readonly blocks: string[] = [];

  /** Room for one more event (at most 7 numbers). */
  private room(): Int32Array {
    if (this.length + 7 > this.events.length) {
      const grown = new Int32Array(this.events.length * 2);
      grown.set(this.events);
      this.events = grown;
    }
    return this.events;
  }

  open(start: number, seq: boolean, flow: boolean): void {
    const e = this.room(), n = this.length;
    e[n] = OPEN;
    e[n + 1] = start;
    e[n + 2] = (seq ? SEQ : 0) | (flow ? FLOW : 0);
    this.length = n + 3;
  }

  // Style (1-5) and the fast flag share a number; chomping (1-3) sits above them.
  scalar(valueStart: number, valueEnd: number, style: number, fast: boolean, chomping: number, indent: number): void {
    const e = this.room(), n = this.length;
    e[n] = SCALAR;
    e[n + 1] = valueStart;
    e[n + 2] = valueEnd;
    e[n + 3] = style | (fast ? FAST : 0) | (chomping << 4);
    e[n + 4] = indent;
    this.length = n + 5;
  }

  block(valueStart: number, valueEnd: number, style: number, chomping: number, indent: number, header: number, value: string | undefined): void {
    const e = this.room(), n = this.length;
    e[n] = BLOCK;
    e[n + 1] = valueStart;
    e[n + 2] = valueEnd;
    e[n + 3] = style | (chomping << 4);
    e[n + 4] = indent;
    e[n + 5] = header;
    e[n + 6] = value === undefined ? NONE : this.blocks.push(value) - 1;
    this.length = n + 7;
  }

  pop(): void {
    this.room()[this.length++] = POP;
  }
}

/** Tells `sink` the recorded events of `text` (the text the record was made from); false if it is not. */
export function replayScan(record: ScanRecord, text: string, sink: EventSink): boolean {
  if (record.textLength !== text.length) return false;
  const { events: e, blocks } = record;
  for (let i = 0; i < e.length;) {
    const kind = e[i]!;
    if (kind === SCALAR) {
      const flags = e[i + 3]!;
      sink.scalar(e[i + 1]!, e[i + 2]!, flags & 7, (flags & FAST) !== 0, flags >> 4, e[i + 4]!);
      i += 5;
    } else if (kind === OPEN) {
      const flags = e[i + 2]!;
      sink.open(e[i + 1]!, (flags & SEQ) !== 0, (flags & FLOW) !== 0);
      i += 3;
    } else if (kind === POP) {
      sink.pop();
      i += 1;
    } else if (kind === BLOCK) {
      const flags = e[i + 3]!;
      const value = e[i + 6]!;
      sink.block(e[i + 1]!, e[i + 2]!, flags & 7, flags >> 4, e[i + 4]!, e[i + 5]!, value === NONE ? undefined : blocks[value]);
      i += 7;
    } else {
      return false; // not a record this code wrote
    }
  }
  return true;
}
