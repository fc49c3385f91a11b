// The fast text locator must give exactly the ranges of the yaml-based one, or no answer at all.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LineCounter, parseDocument } from 'yaml';
import { rangeOf } from '../../src/plan/locate.js';
import { locateInText, splitLines } from '../../src/plan/locate-text.js';
import type { PathSegment } from '../../src/plan/paths.js';
import { SAMPLE } from '../helpers/district.js';

/** Every path in the data, plus a missing key below each map and a missing index below each list. */
function allPaths(data: unknown, at: PathSegment[] = []): PathSegment[][] {
  const out: PathSegment[][] = [at];
  if (Array.isArray(data)) {
    data.forEach((v, i) => out.push(...allPaths(v, [...at, i])));
    out.push([...at, data.length], [...at, data.length, 'x']);
  } else if (data && typeof data === 'object') {
    for (const [k, v] of Object.entries(data)) out.push(...allPaths(v, [...at, k]));
    out.push([...at, 'missingKey'], [...at, 'missingKey', 0]);
  } else if (at.length) {
    out.push([...at, 'below']);
  }
  return out;
}

function compare(text: string) {
  const lineCounter = new LineCounter();
  const doc = parseDocument(text, { lineCounter });
  const lines = splitLines(text);
  let answered = 0;
  let total = 0;
  const mismatches: string[] = [];
  for (const path of allPaths(doc.toJS())) {
    for (const onKey of [false, true]) {
      total++;
      const fast = locateInText(lines, path, onKey);
      if (!fast) continue;
      answered++;
      const slow = rangeOf(doc, lineCounter, text, path, onKey);
      if (JSON.stringify(fast) !== JSON.stringify(slow)) mismatches.push(`${JSON.stringify(path)} onKey=${onKey}: ${JSON.stringify(fast)} vs ${JSON.stringify(slow)}`);
    }
  }
  return { answered, total, mismatches };
}

const sampleFiles = ['cssp.config.yaml', ...['2025-26', '2026-27'].flatMap((y) => readdirSync(join(SAMPLE, y)).filter((f) => f.endsWith('.yaml')).map((f) => `${y}/${f}`))];

describe('locateInText', () => {
  it.each(sampleFiles)('%s: same ranges as yaml wherever it answers, and it answers most paths', (file) => {
    const { answered, total, mismatches } = compare(readFileSync(join(SAMPLE, file), 'utf8'));
    expect(mismatches).toEqual([]);
    expect(answered / total).toBeGreaterThan(file.startsWith('cssp') ? 0.3 : 0.8);
  });

  it.each([
    ['comments, quotes and odd spacing', 'a: 1 # note\nb:   "x # y"  # c\nc: \'it\'\'s\'\nd:\n  - e: 1\n    f: [1, 2]\n  -   g: 2\n# end\n'],
    ['empty values and nested lists', 'a:\nb:\n  c:\n  d:\n    - x: 1\n      y:\n        - z: 2\n    - x: 3\n'],
    ['same-indent list under a key', 'drills:\n- type: fire\n  date: 2026-09-01\n- type: fire-alarm\n'],
    ['block scalars', 'a: |\n  text: not a key\n  - not an item\nb: >-\n  folded\nc: 1\n'],
    ['multi-line plain scalar', 'a: one\n  two\nb: 2\n'],
    ['CRLF', 'a: 1\r\nb:\r\n  c: 2\r\n'],
    ['flow collections', 'a: { b: 1, c: [2, 3] }\nd: [ { e: 1 } ]\n'],
    ['no newline at the end', 'a:\n  - b: 1'],
  ])('%s', (_, text) => {
    expect(compare(text).mismatches).toEqual([]);
  });
});
