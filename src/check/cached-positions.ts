// One entry of a stored position table, found in its JSON text without parsing all of it: a
// finding needs the entries along one path, and a plan's table is about 40 KB of JSON (parsing
// whole tables was 2.5% of a warm `cssp check --cache` of 10,000 plans, 1% of them with findings).
import type { PositionEntry, PositionLookup } from '../plan/positions.js';
import { asciiJson } from './cache-keys.js';

/** Looks entries up in the table `json()` returns (read on the first lookup), remembering each. */
export function positionsInJson(json: () => string): PositionLookup {
  let text: string | undefined;
  const found = new Map<string, PositionEntry | undefined>();
  return (key) => {
    if (!found.has(key)) found.set(key, entryOf((text ??= json()), key));
    return found.get(key);
  };
}

const OPEN_BRACE = 0x7b;
const COMMA = 0x2c;

function entryOf(text: string, key: string): PositionEntry | undefined {
  // Stored as asciiJson wrote it: {"key":[valueStart,valueEnd,keyStart,keyEnd,flags,"alias target"?],...}
  const needle = `${asciiJson(key)}:[`;
  for (let at = text.indexOf(needle); at > 0; at = text.indexOf(needle, at + 1)) {
    // A key opens the table or follows an entry. An unescaped quote cannot sit inside a string,
    // so this is a key of the table, not the end of a longer one.
    const before = text.charCodeAt(at - 1);
    if (before !== OPEN_BRACE && before !== COMMA) continue;
    const start = at + needle.length - 1;
    // The entry ends at the first "]" that is not inside its alias target: try each in turn.
    for (let end = text.indexOf(']', start); end > 0; end = text.indexOf(']', end + 1)) {
      try {
        return JSON.parse(text.slice(start, end + 1)) as PositionEntry;
      } catch {
        /* that "]" was inside the alias target */
      }
    }
    return undefined;
  }
  return undefined;
}
