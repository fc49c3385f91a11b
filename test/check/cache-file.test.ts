// The cache file reads entries' data through a window read ahead: entries read in any order, near
// or across the window's edges, or larger than it, come back byte for byte; a cut file is damaged.
import { truncateSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CacheFileReader, CacheFileWriter, type Span } from '../../src/check/cache-file.js';
import { testdir } from '../helpers/testdir.js';

/** Entry i's data: a JSON text of a size that does not divide the 1 MB window. */
const dataOf = (i: number, size: number) => JSON.stringify([`${i}:`.padEnd(size, String.fromCharCode(97 + (i % 26)))]);

function writeCache(sizes: number[]): { path: string; spans: Span[] } {
  const path = join(testdir({}), 'cache');
  const writer = new CacheFileWriter(path);
  const spans = sizes.map((size, i) => writer.add(Buffer.from(dataOf(i, size)), Buffer.from(`[${i}]`), Buffer.from(`{"p":${i}}`), true));
  writer.finish({ spans }, path);
  return { path, spans };
}

describe('cache file', () => {
  it('reads every entry whole, in file order, backwards and shuffled, across window edges', () => {
    const sizes = Array.from({ length: 120 }, (_, i) => 20_000 + ((i * 7919) % 13_000));
    sizes[70] = 3 << 20; // larger than the window
    const { path, spans } = writeCache(sizes);
    const opened = CacheFileReader.open<{ spans: Span[] }>(path);
    if (opened.kind !== 'ok') throw new Error(opened.kind);
    const { reader } = opened;
    expect(reader.header.spans).toEqual(spans);
    const order = [...spans.keys(), ...[...spans.keys()].reverse(), ...[...spans.keys()].sort((a, b) => ((a * 37) % 120) - ((b * 37) % 120))];
    for (const i of order) {
      expect(reader.texts(spans[i]!)).toEqual([dataOf(i, sizes[i]!), `[${i}]`]);
      expect(reader.positions(spans[i]!).toString()).toBe(`{"p":${i}}`);
    }
    reader.close();
  });

  it('says an entry is cut short when the file ends inside it', () => {
    const { path, spans } = writeCache([40_000, 40_000]);
    const opened = CacheFileReader.open<{ spans: Span[] }>(path);
    if (opened.kind !== 'ok') throw new Error(opened.kind);
    truncateSync(path, 64 + 40_000 + 100); // the header was read; the second entry's data is gone
    expect(opened.reader.texts(spans[0]!)[1]).toBe('[0]');
    expect(() => opened.reader.texts(spans[1]!)).toThrow(SyntaxError);
    opened.reader.close();
  });
});
