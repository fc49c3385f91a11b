// Untrusted maps: what an SVG would draw is counted before any browser draws it.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { svgProblem } from '../../src/util/svg-limits.js';
import { SAMPLE } from '../helpers/district.js';
import { useBomb } from '../helpers/svg-bomb.js';

describe('svgProblem', () => {
  it('passes every sample map', () => {
    const maps = ['2025-26', '2026-27'].flatMap((y) => readdirSync(join(SAMPLE, y, 'maps')).map((f) => join(SAMPLE, y, 'maps', f)));
    expect(maps.length).toBeGreaterThan(3);
    for (const map of maps) expect(svgProblem(readFileSync(map, 'utf8')), map).toBeUndefined();
  });

  it('passes a few icons drawn many times', () => {
    const icons = Array.from({ length: 200 }, (_, i) => `<use xlink:href="#aed" x="${i}"/>`).join('');
    expect(svgProblem(`<svg><defs><symbol id="aed"><circle r="2"/><path d="M0 0"/></symbol></defs>${icons}</svg>`)).toBeUndefined();
  });

  it.each([
    ['nested <use> that would draw 10^9 shapes', useBomb(9), /would draw about [\d,]{13,} shapes/],
    ['a <use> that contains itself', '<svg><g id="a"><use href="#a"/></g></svg>', /points, directly or through others, at an element that contains it/],
    ['two groups using each other', '<svg><g id="a"><use href="#b"/></g><g id="b"><use href="#a"/></g></svg>', /contains it/],
    ['XML entities (billion laughs)', '<!DOCTYPE svg [<!ENTITY a "aaaa">]><svg>&a;</svg>', /entities/],
    ['nesting 1,000 deep', `<svg>${'<g>'.repeat(1000)}${'</g>'.repeat(1000)}</svg>`, /nested more than 500 deep/],
  ])('refuses %s', (_, svg, reason) => {
    expect(svgProblem(svg)).toMatch(reason);
  });

  it('decides a 2 KB bomb at once', () => {
    const svg = useBomb(12);
    expect(svg.length).toBeLessThan(4000);
    expect(svgProblem(svg)).toMatch(/would draw/);
  });
});
