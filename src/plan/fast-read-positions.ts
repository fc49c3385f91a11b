// The positions the fast reader (fast-read-events.ts) records, as a tree that mirrors the data;
// positions.ts's flat table, keyed by path, is built from it only when asked for.
import { join, SEP, type PositionEntry, type PositionTable } from './positions.js';

/**
 * The positions of a collection's items, in order (map keys in `names`), and of their own items.
 * The flat table positions.ts keys by path is built from this tree only when asked for; a
 * finding's lookup walks the tree (a clean plan needs neither).
 */
export interface PositionNode {
  names: string[] | undefined;
  entries: PositionEntry[];
  items: (PositionNode | undefined)[];
}

/** The flat table positions.ts keys by path ('' the root; segments joined by NUL). */
export function tableOf(rootEntry: PositionEntry, root: PositionNode): PositionTable {
  const table = Object.create(null) as PositionTable;
  table[''] = rootEntry;
  const stack: [PositionNode, string][] = [[root, '']];
  while (stack.length > 0) {
    const [node, key] = stack.pop()!;
    for (let i = 0; i < node.entries.length; i++) {
      const itemKey = join(key, node.names ? node.names[i]! : i);
      table[itemKey] = node.entries[i]!;
      const item = node.items[i];
      if (item) stack.push([item, itemKey]);
    }
  }
  return table;
}

/** One entry of that table, found by walking the tree. */
export function entryAt(rootEntry: PositionEntry, root: PositionNode, key: string): PositionEntry | undefined {
  if (key === '') return rootEntry;
  let node: PositionNode | undefined = root;
  let entry: PositionEntry | undefined;
  for (const seg of key.split(SEP)) {
    if (!node) return undefined;
    const i: number = node.names ? node.names.indexOf(seg) : String(Number(seg)) === seg ? Number(seg) : -1;
    if (i < 0 || i >= node.entries.length) return undefined;
    [entry, node] = [node.entries[i], node.items[i]];
  }
  return entry;
}
