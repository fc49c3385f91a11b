import { describe, expect, it } from 'vitest';
import { volumesOf } from '../../src/render/district-pdf.js';

const sites = (...pages: number[]) => pages.map((p, i) => ({ name: `S${i + 1}`, file: `s${i + 1}.pdf`, pages: p, version: undefined }));
const names = (v: { name: string }[][]) => v.map((vol) => vol.map((e) => e.name));

describe('district PDF volumes', () => {
  it.each([
    [[10, 10, 10], 100, [['S1', 'S2', 'S3']]],
    [[20, 20, 20, 20], 40, [['S1', 'S2'], ['S3', 'S4']]],
    [[20, 20, 20], 50, [['S1', 'S2'], ['S3']]],
    // A site longer than a volume is a volume of its own; nothing is ever left out.
    [[5, 80, 5], 50, [['S1'], ['S2'], ['S3']]],
  ])('%j pages at most %i a volume', (pages, limit, expected) => {
    expect(names(volumesOf(sites(...pages), limit))).toEqual(expected);
  });
});
