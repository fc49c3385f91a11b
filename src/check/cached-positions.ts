// One entry of a stored position table, found in its JSON bytes without parsing all of it: a
// finding needs the entries along one path, and a plan's table is about 40 KB of JSON (parsing
// whole tables was 2.5% of a warm `cssp check --cache` of 10,000 plans, 1% of them with findings;
// making each a string first was most of the cost of a warm check with a finding in every plan).
import type { PositionEntry, PositionLookup } from '../plan/positions.js';
import { asciiJson } from './cache-keys.js';

/** Looks entries up in the table `json()` returns (asked at each new key: it may be a view the reader refreshes), remembering each. */
export function positionsInJson(json: () => Buffer | string): PositionLookup {
  const found = new Map<string, PositionEntry | undefined>();
  return (key) => {
    if (!found.has(key)) found.set(key, entryOf(asBuffer(json()), key));
    return found.get(key);
  };
}

const OPEN_BRACE = 0x7b;
const COMMA = 0x2c;
const CLOSE_BRACKET = 0x5d;

/**
 * A file's line starts as the parse cache stores them before the position table: a count, then
 * each offset, as 32-bit little-endian numbers, in a latin1 string (one char a byte). Binary, not
 * JSON: parsing 500 numbers of JSON per plan was a tenth of a warm check with a finding in every plan.
 */
export function encodeLineStarts(starts: readonly number[]): string {
  const bytes = Buffer.alloc(4 * (starts.length + 1));
  bytes.writeUInt32LE(starts.length, 0);
  starts.forEach((start, i) => bytes.writeUInt32LE(start, 4 * (i + 1)));
  return bytes.toString('latin1');
}

/** The line starts at the head of a stored positions segment, and where the table's JSON begins. */
export function decodeLineStarts(bytes: Buffer): { starts: number[]; tableAt: number } {
  const count = bytes.readUInt32LE(0);
  const starts = new Array<number>(count);
  for (let i = 0; i < count; i++) starts[i] = bytes.readUInt32LE(4 * (i + 1));
  return { starts, tableAt: 4 * (count + 1) };
}

const asBuffer = (json: Buffer | string) => (typeof json === 'string' ? Buffer.from(json, 'latin1') : json);

function entryOf(text: Buffer, key: string): PositionEntry | undefined {
  // Stored as asciiJson wrote it: {"key":[valueStart,valueEnd,keyStart,keyEnd,flags,"alias target"?],...}
  const needle = `${asciiJson(key)}:[`;
  for (let at = text.indexOf(needle, 0, 'latin1'); at > 0; at = text.indexOf(needle, at + 1, 'latin1')) {
    // A key opens the table or follows an entry. An unescaped quote cannot sit inside a string,
    // so this is a key of the table, not the end of a longer one.
    const before = text[at - 1];
    if (before !== OPEN_BRACE && before !== COMMA) continue;
    const start = at + needle.length - 1;
    // The entry ends at the first "]" that is not inside its alias target: try each in turn.
    for (let end = text.indexOf(CLOSE_BRACKET, start); end > 0; end = text.indexOf(CLOSE_BRACKET, end + 1)) {
      try {
        return JSON.parse(text.toString('latin1', start, end + 1)) as PositionEntry;
      } catch {
        /* that "]" was inside the alias target */
      }
    }
    return undefined;
  }
  return undefined;
}
