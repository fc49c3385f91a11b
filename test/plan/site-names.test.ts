import { describe, expect, it } from 'vitest';
import { otherSiteNamed } from '../../src/plan/site-names.js';

const sites = [
  { id: 'bayside', name: 'Bayside Elementary' },
  { id: 'cypress', name: 'Cypress Grove Elementary' },
  { id: 'grove', name: 'Grove' },
  { id: 'k8', name: 'K8' },
  { id: 'blank', name: '' },
];

describe('otherSiteNamed', () => {
  it.each([
    ['the library at Cypress Grove Elementary', 'bayside', 'Cypress Grove Elementary'], // first listed of two matches
    ['the MPR, GROVE campus', 'bayside', 'Grove'],
    ['Bayside Elementary MPR', 'bayside', undefined], // its own name
    ['Bayside Elementary MPR', undefined, 'Bayside Elementary'],
    ['the k8 gym', 'bayside', 'K8'], // a name shorter than the index's prefix
    ['Groveland Hall', 'bayside', 'Grove'], // inside a word, as a plain substring search finds it
    ['the school library', 'bayside', undefined],
    ['', 'bayside', undefined],
  ])('%j at %s names %s', (text, own, expected) => {
    expect(otherSiteNamed(text, sites, own)).toBe(expected);
  });

  it('finds the same site a search of every name finds, on many sites', () => {
    const many = Array.from({ length: 2000 }, (_, i) => ({ id: `s${i}`, name: `School ${i} Elementary` }));
    const naive = (text: string, own: string) =>
      many.filter((s) => s.id !== own).map((s) => s.name).find((name) => text.toLowerCase().includes(name.toLowerCase()));
    for (const text of ['held at school 1999 elementary', 'school 12 Elementary and School 120 Elementary', 'School 7 Elementar']) {
      expect(otherSiteNamed(text, many, 's5')).toBe(naive(text, 's5'));
    }
  });
});
