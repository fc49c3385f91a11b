// Where each value of a plan is in its text: built once from the `yaml` Document, kept as plain
// numbers so the parse cache can store it (src/check/parse-cache.ts), and queried by path.
import type { Document, Node } from 'yaml';
import type { Range } from '../diagnostic.js';
import { positionAt } from './text-position.js';
import type { DocPath } from './paths.js';
import { yamlLib } from './yaml-lib.js';

/**
 * Path key ('' for the root; segments joined by NUL, which YAML text cannot contain) to
 * [valueStart, valueEnd, keyStart, keyEnd, flags, aliasTarget?] as offsets, -1 where absent.
 * A collection's value span is cut at the end of its first line, so a finding about a whole
 * list underlines one line, not forty.
 */
export type PositionEntry = [number, number, number, number, number, string?];
export type PositionTable = Record<string, PositionEntry>;
/** The entry of one path key, for a table that is not loaded whole. */
export type PositionLookup = (key: string) => PositionEntry | undefined;

export const SCALAR = 1; // a scalar with text of its own: findings underline the value itself
/** Between a path key's segments (fast-read-events.ts builds the same keys). */
export const SEP = '\u0000';
export const join = (key: string, seg: string | number) => (key === '' ? String(seg) : `${key}${SEP}${seg}`);

/** Walks the document without recursion (a hostile file may nest deeply) and records every node. */
export function buildPositions(doc: Document, text: string): PositionTable {
  const { isAlias, isMap, isPair, isScalar, isSeq } = yamlLib();
  const table: PositionTable = Object.create(null) as PositionTable;
  const keyOf = new Map<Node, string>();
  const aliases: [string, Node][] = [];
  const trimEnd = (start: number, end: number) => {
    while (end > start && /\s/.test(text[end - 1]!)) end--;
    return end;
  };
  const firstLineEnd = (start: number, end: number) => {
    const newline = text.indexOf('\n', start);
    return Math.max(start + 1, Math.min(newline === -1 ? text.length : newline, end));
  };
  const stack: [Node | null, string, Node | null][] = [[doc.contents, '', null]];
  while (stack.length > 0) {
    const [node, key, keyNode] = stack.pop()!;
    const entry: PositionEntry = [-1, -1, -1, -1, 0];
    if (keyNode?.range) [entry[2], entry[3]] = [keyNode.range[0], keyNode.range[1]];
    if (node?.range) {
      const [start, end] = node.range;
      if (isScalar(node) || isAlias(node)) {
        const valueEnd = trimEnd(start, end);
        if (valueEnd > start) [entry[0], entry[1], entry[4]] = [start, valueEnd, SCALAR];
        else if (!keyNode) [entry[0], entry[1]] = dashBefore(text, start); // an empty list item: its "-"
      } else {
        [entry[0], entry[1]] = [start, firstLineEnd(start, trimEnd(start, end))];
      }
    }
    table[key] = entry;
    if (!node) continue;
    keyOf.set(node, key);
    if (isAlias(node)) {
      aliases.push([key, node]); // paths below an alias continue at the anchored node: entry[5]
    } else if (isMap(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const pair = node.items[i]!;
        if (!isScalar(pair.key)) continue;
        stack.push([(pair.value as Node | null) ?? null, join(key, String(pair.key.value)), pair.key]);
      }
    } else if (isSeq(node)) {
      for (let i = node.items.length - 1; i >= 0; i--) {
        const item = node.items[i];
        stack.push([isPair(item) ? ((item.value as Node | null) ?? null) : ((item as Node | null) ?? null), join(key, i), null]);
      }
    }
  }
  for (const [key, alias] of aliases) {
    const target = keyOf.get((alias as unknown as { resolve(d: Document): Node | undefined }).resolve(doc) as Node);
    if (target !== undefined) table[key]![5] = target;
  }
  return table;
}

interface Lookup {
  entry: PositionEntry | undefined;
  complete: boolean;
}

function lookup(table: PositionTable | PositionLookup, path: DocPath): Lookup {
  const at = typeof table === 'function' ? table : (k: string) => table[k];
  let key = '';
  let entry = at('');
  for (let i = 0; i < path.length; i++) {
    // Below an alias the path continues at the anchored node; a lookup follows at most as many
    // aliases as the path has steps, so an alias cycle cannot loop.
    if (entry?.[5] !== undefined) key = entry[5];
    const next = at(join(key, path[i]!));
    if (!next) return { entry, complete: false };
    key = join(key, path[i]!);
    entry = next;
  }
  return { entry, complete: true };
}

/**
 * The range a finding at `path` points to. A value found in full: its own text. A collection or
 * a missing key: the key of the nearest value that exists (a missing section lands on
 * `sections:`), else that collection's first line. An empty value has no text: its key.
 */
export function rangeInTable(table: PositionTable | PositionLookup, starts: readonly number[], path: DocPath, onKey = false): Range {
  const { entry, complete } = lookup(table, path);
  const span = (a: number, b: number): Range => ({ start: positionAt(starts, a), end: positionAt(starts, Math.max(b, a + 1)) });
  if (!entry) return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
  if (complete && !onKey && entry[4] & SCALAR) return span(entry[0], entry[1]);
  if (entry[2] >= 0) return span(entry[2], entry[3]);
  if (entry[0] >= 0) return span(entry[0], entry[1]);
  return { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } };
}

/** The "-" of an empty list item whose (empty) value is at `at`, as a one-character span; [-1, -1] if none. */
function dashBefore(text: string, at: number): [number, number] {
  let i = at - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  return text[i] === '-' ? [i, i + 1] : [-1, -1];
}
