// A finding on a cached plan finds its position in the stored table's JSON text: every key, even
// one holding quotes, commas, brackets, NUL-joined segments or non-ASCII text, gives exactly the
// entry the whole table holds, and a key the table lacks gives none.
import { describe, expect, it } from 'vitest';
import { asciiJson } from '../../src/check/cache-keys.js';
import { positionsInJson } from '../../src/check/cached-positions.js';
import { loadSource } from '../../src/plan/source.js';
import { rangeInTable } from '../../src/plan/positions.js';
import { lineStarts } from '../../src/plan/text-position.js';

const yaml = [
  'site: &home',
  '  name: "Lincoln, \\"East\\" [campus]"',
  '  "odd,\\"key":[": 1',
  '  "]": right bracket',
  '  ":[": colon bracket',
  '  café: Ünïcode',
  'copy: *home',
  '"&x ]": &y { a: [1, 2, {b: 3}] }',
  'again: *y',
  'list:',
  '  - ',
  '  - "x"',
  'notes: |',
  '  key: not a key',
  '',
].join('\n');

describe('positions found in the stored JSON', () => {
  const source = loadSource('plan.yaml', yaml);
  const table = source.positions();
  const lookup = positionsInJson(() => asciiJson(table));

  it.each(Object.keys(table).map((key) => [JSON.stringify(key), key]))('%s', (_, key) => {
    expect(lookup(key)).toEqual(table[key]);
  });

  it('reads an alias target that holds a "]"', () => {
    expect(lookup('again')?.[5]).toBe('&x ]');
  });

  it('gives nothing for keys the table lacks, including parts and tails of real keys', () => {
    for (const key of ['nope', 'site\u0000nam', 'ite', '"East\\"', '[campus]', 'a', 'key']) expect(lookup(key)).toBeUndefined();
  });

  it('gives every finding the same range as the whole table does, through an alias too', () => {
    const starts = lineStarts(yaml);
    const paths = [['site', 'name'], ['copy', 'name'], ['site', 'café'], ['&x ]', 'a', 2, 'b'], ['again', 'a', 2, 'b'], ['list', 0], ['list', 5], ['notes'], ['missing', 'deeper'], []];
    for (const path of paths) expect(rangeInTable(lookup, starts, path)).toEqual(rangeInTable(table, starts, path));
  });

  it('asks for the stored bytes only at a lookup of a key not looked up before', () => {
    let reads = 0;
    const counted = positionsInJson(() => (reads++, asciiJson(table)));
    expect(reads).toBe(0);
    counted('site');
    counted('copy');
    counted('site');
    expect(reads).toBe(2);
  });
});
