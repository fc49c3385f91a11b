// Pairs the items of two lists (committee members, contacts, shut-offs, sites) so a moved gas
// valve reads as "moved", not as one removed and one added. Items are paired by the first key
// that identifies them on both sides, most specific first; what is left is added or removed.
import { same } from './change.js';

export interface Matched<T> {
  pairs: { before: T; after: T; beforeIndex: number; afterIndex: number }[];
  removed: { item: T; index: number }[];
  added: { item: T; index: number }[];
}

/** `keys` from most to least specific; a key returning undefined does not pair that item. */
export function matchItems<T>(before: readonly T[], after: readonly T[], keys: ((item: T) => string | undefined)[]): Matched<T> {
  const left = new Set(before.map((_, i) => i));
  const right = new Set(after.map((_, i) => i));
  const pairs: Matched<T>['pairs'] = [];
  const pair = (i: number, j: number) => {
    pairs.push({ before: before[i]!, after: after[j]!, beforeIndex: i, afterIndex: j });
    left.delete(i);
    right.delete(j);
  };
  // Identical items first, then each key in turn, in list order.
  for (const key of [(item: T) => JSON.stringify(item), ...keys]) {
    for (const i of [...left]) {
      const k = key(before[i]!);
      if (k === undefined) continue;
      const j = [...right].find((j) => key(after[j]!) === k);
      if (j !== undefined) pair(i, j);
    }
  }
  pairs.sort((a, b) => a.afterIndex - b.afterIndex);
  return {
    pairs,
    removed: [...left].map((index) => ({ item: before[index]!, index })),
    added: [...right].map((index) => ({ item: after[index]!, index })),
  };
}

/** Pairs that differ. */
export const changedPairs = <T>(m: Matched<T>) => m.pairs.filter((p) => !same(p.before, p.after));
