// Site registries from CSV files as spreadsheets and the School Directory write them.
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/init/calendar.js';
import { parseSitesCsv, siteIdOf, SitesCsvError } from '../../src/init/sites-csv.js';

const BOM = '\ufeff';
const lincoln = { id: 'lincoln-elementary', name: 'Lincoln Elementary', level: 'elementary', grades: 'TK-5', cdsCode: '01611926000001' };

describe('parseSitesCsv', () => {
  it.each([
    ['plain LF', 'id,name,level,grades,cds code\nlincoln-elementary,Lincoln Elementary,elementary,TK-5,01611926000001\n'],
    ['a BOM', `${BOM}id,name,level,grades,cds code\nlincoln-elementary,Lincoln Elementary,elementary,TK-5,01611926000001\n`],
    ['CRLF line ends', 'id,name,level,grades,cds code\r\nlincoln-elementary,Lincoln Elementary,elementary,TK-5,01611926000001\r\n'],
    ['a BOM, CRLF and no final newline', `${BOM}id,name,level,grades,cds code\r\nlincoln-elementary,Lincoln Elementary,elementary,TK-5,01611926000001`],
    ['quoted fields', '"id","name","level","grades","CDS Code"\n"lincoln-elementary","Lincoln Elementary","elementary","TK-5","01611926000001"\n'],
    ['spreadsheet headers and cases', 'Site ID,School Name,Level,Grade Span,cds_code\nlincoln-elementary,Lincoln Elementary,Elementary,tk-5,01611926000001\n'],
    ['blank lines and spaces', '\nid, name, level, grades, cds code\n\n lincoln-elementary , Lincoln Elementary , elementary , TK-5 , 01611926000001 \n\n'],
    ['no id column (made from the name)', 'name,level,grades,cds code\nLincoln Elementary,elementary,TK-5,01611926000001\n'],
  ])('reads %s, keeping the leading zero of the CDS code', (_, text) => {
    expect(parseSitesCsv(text)).toEqual([lincoln]);
  });

  it.each([
    ['a comma inside quotes', '"Lincoln Elementary, Main Campus"', 'Lincoln Elementary, Main Campus'],
    ['a doubled quote', '"The ""Bay"" School"', 'The "Bay" School'],
    ['accents', 'Escuela Primaria José Martí', 'Escuela Primaria José Martí'],
  ])('keeps a name with %s', (_, cell, name) => {
    const [site] = parseSitesCsv(`name,level,grades\n${cell},elementary,K-5\n`);
    expect(site!.name).toBe(name);
  });

  it('makes ids from names', () => {
    expect(siteIdOf('Escuela Primaria José Martí')).toBe('escuela-primaria-jose-marti');
    expect(siteIdOf('  St. Mary\'s K-8  ')).toBe('st-mary-s-k-8');
  });

  it('reads Uint8Array input the way the file holds it', () => {
    const bytes = new TextEncoder().encode(`${BOM}name,level,grades,cds code\r\nLincoln Elementary,elementary,TK-5,01611926000001\r\n`);
    expect(parseSitesCsv(bytes)[0]!.cdsCode).toBe('01611926000001');
  });

  it.each([
    ['a missing column', 'name,grades\nA,K-5\n', /missing: level/],
    ['an unknown level', 'name,level,grades\nAlpha,primary,K-5\n', /^row 2 \(Alpha\): the level "primary" must be one of elementary, middle/],
    ['bad grades', 'name,level,grades\nAlpha,elementary,K-14\n', /the grades "K-14" must be a range/],
    ['a CDS code that lost its leading zero', 'name,level,grades,cds\nAlpha,elementary,K-5,1611926000001\n', /has 13 digits: a spreadsheet probably dropped its leading zero/],
    ['a duplicate id', 'name,level,grades\nAlpha,elementary,K-5\nAlpha,high,9-12\n', /^row 3 \(Alpha\): the id alpha is used by an earlier row$/m],
    ['an unclosed quote', 'name,level,grades\n"Alpha,elementary,K-5\n', /quote/i],
    ['an empty file', '', /the first line must name the columns/],
  ])('refuses %s, naming the row', (_, text, problem) => {
    let err: unknown;
    try {
      parseSitesCsv(text);
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(SitesCsvError);
    expect((err as SitesCsvError).message).toMatch(problem);
  });
});

describe('defaultCalendar', () => {
  it.each([
    ['2026-27', '2026-08-12', '2027-06-03'],
    ['2025-26', '2025-08-13', '2026-06-04'],
    ['2030-31', '2030-08-14', '2031-06-05'],
  ])('%s runs from a Wednesday in August to a Thursday in June, in quarters and semesters that tile it', (year, first, last) => {
    const c = defaultCalendar(year);
    expect([c.firstDay, c.lastDay]).toEqual([first, last]);
    expect(c.quarters[0].start).toBe(first);
    expect(c.quarters[3].end).toBe(last);
    expect(c.semesters.map((s) => [s.start, s.end])).toEqual([[first, c.quarters[1].end], [c.quarters[2].start, last]]);
    for (let i = 1; i < 4; i++) expect(c.quarters[i]!.start > c.quarters[i - 1]!.end).toBe(true);
  });
});
