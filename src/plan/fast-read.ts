// The fast way to read a plan: a scanner for plain plan text (fast-scan.ts), else js-yaml's event
// parser, tells the events (every node's offsets in the text) from which fast-read-events.ts
// builds the values and the position table that `yaml` would give, for files that use only what
// plans use: block maps and lists, plain, quoted and block scalars, comments, one-line flow
// collections. Anything else, and anything js-yaml reads differently from `yaml` (YAML 1.2, core
// schema), returns undefined and is read by `yaml` (source.ts), so the two paths cannot differ in
// values, errors or positions. test/plan/fast-read-differential.test.ts holds them to that; it,
// not this list, is what keeps the path honest when either library is upgraded (js-yaml is pinned).
import { createRequire } from 'node:module';
import type * as JsYaml from 'js-yaml';
import { fastReadGuards } from './fast-read-guards.js';
import { EventReader } from './fast-read-events.js';
import { scanInto } from './fast-scan.js';
import { replayScan, type ScanRecord } from './scan-record.js';
import type { PositionLookup, PositionTable } from './positions.js';

let lib: typeof JsYaml | undefined;
const jsYaml = (): typeof JsYaml => (lib ??= createRequire(import.meta.url)('js-yaml') as typeof JsYaml);

export interface FastRead {
  data: unknown;
  /** The whole position table, built when asked for. */
  positions: () => PositionTable;
  /** One entry of it, without building it. */
  positionAt: PositionLookup;
}

/** CSSP_YAML_FAST=0 reads every file with `yaml` (to compare, or to rule the fast path out). */
const enabled = () => process.env.CSSP_YAML_FAST !== '0';

export interface FastReadOptions {
  /** Run the scanner (default); false, for fast-scan.test.ts: js-yaml's events only. */
  scan?: boolean;
  /**
   * The scanner's events for this text, recorded on another thread (check/read-ahead.ts), or null
   * where it gave up on the text: the same reading as scanning here, without the scan.
   */
  scanned?: ScanRecord | null;
}

/** The file's data and positions, or undefined when `yaml` must read it. */
export function readFast(text: string, { scan = true, scanned }: FastReadOptions = {}): FastRead | undefined {
  if (!enabled()) return undefined;
  // The scanner reads the plainest files (most plans) in half js-yaml's time, to the same events. It
  // refuses every construct behind the guards below, so they are for js-yaml's files only (where the
  // guards are broader, such files must still read as `yaml` reads them: fast-scan.test.ts).
  // A record made from another text (it cannot be, but it costs nothing to be sure) is ignored: scan here.
  const record = scanned && scanned.textLength !== text.length ? undefined : scanned;
  const feed = record ? (sink: EventReader) => replayScan(record, text, sink) : (sink: EventReader) => scanInto(text, sink);
  const read = scan && record !== null ? new EventReader(text, jsYaml).read(feed) : false;
  if (read !== false) return read;
  if (!fastReadGuards(text)) return undefined;
  let events: JsYaml.Event[];
  try {
    events = jsYaml().parseEvents(text, { maxDepth: 100 });
  } catch {
    return undefined; // js-yaml rejects it: `yaml` says why, in its words and at its positions
  }
  return new EventReader(text, jsYaml).read((sink) => sink.replay(events)) || undefined;
}
