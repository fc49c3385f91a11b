// Every format over the sample district, before the adoption deadline and after it.
import { beforeAll, describe, expect, it } from 'vitest';
import { formatStatusCsv } from '../../src/status/format-csv.js';
import { csvField } from '../../src/format/csv.js';
import { formatStatusHtml, STATUS_CSP } from '../../src/status/format-html.js';
import { formatStatusJson } from '../../src/status/format-json.js';
import { formatStatusMarkdown } from '../../src/status/format-markdown.js';
import { formatStatusTable } from '../../src/status/format-table.js';
import type { StatusReport } from '../../src/status/types.js';
import { AFTER, BEFORE, sampleStatus } from './sample.js';

const SITES = ['Bayside Elementary School', 'Cypress Grove Elementary School', 'Seacliff TK-8 School', 'Pelican Ridge Middle School', 'Harbor Vista High School', 'Breakwater High School'];
let before: StatusReport;
let after: StatusReport;
let adopted: StatusReport;

beforeAll(async () => {
  [before, after, adopted] = await Promise.all([sampleStatus(BEFORE), sampleStatus(AFTER), sampleStatus('2026-05-01', '2025-26')]);
});

describe('the sample district', () => {
  it(`as of ${BEFORE}: six drafts, all consulted, none past a deadline`, () => {
    expect(before.sites.map((r) => r.name)).toEqual(SITES);
    expect(before.sites.every((r) => r.stage === 'consulted' && r.daysLeft === 98 && r.errors === 0 && r.drills.state === 'on-track')).toBe(true);
    expect(before.summary).toMatchObject({ sites: 6, pastDeadline: 0, inactive: 0, unregistered: 0 });
  });

  it(`as of ${AFTER}: every site past the adoption deadline, with overdue drills`, () => {
    expect(after.summary.pastDeadline).toBe(6);
    expect(after.sites.every((r) => r.daysLeft === -14 && r.drills.state === 'overdue')).toBe(true);
    expect(after.sites[0]!.pastDeadline[0]).toMatch(/not been adopted and the deadline has passed/);
  });

  it('2025-26: adopted, approved and distributed to police, fire and EMS (version recorded, no content hash)', () => {
    expect(adopted.sites.every((r) => r.stage === 'distributed')).toBe(true);
    const bayside = adopted.sites[0]!;
    expect(bayside).toMatchObject({ meeting: '2026-01-27', adoption: '2026-02-10', approval: '2026-03-12', daysLeft: undefined });
    expect(bayside.agencies.filter((a) => a.required).map((a) => [a.type, a.state])).toEqual([['law-enforcement', 'unverified'], ['fire', 'unverified'], ['ems', 'unverified']]);
  });

  it('the drill chart counts each month of the year up to the as-of date', () => {
    expect(before.drillMonths.map((m) => m.month)).toEqual(['2026-08', '2026-09', '2026-10', '2026-11']);
    expect(before.drillMonths.every((m) => m.met === m.due)).toBe(true);
    const jan = after.drillMonths.find((m) => m.month === '2027-01')!;
    expect(jan).toEqual({ month: '2027-01', due: 10, met: 0 });
  });
});

describe('table', () => {
  it('aligned columns, no colour, and the one-line summary', () => {
    const out = formatStatusTable(before, { color: false });
    const lines = out.split('\n');
    expect(lines[2]).toMatch(/^site +stage +errors +warnings +drills +meeting +adopted +approved +to March 1 +agencies +families$/);
    expect(lines[3]).toMatch(/^Bayside Elementary School +consulted +0 +0 +on track \(7\/7 met\) +98 days +0\/3 current +es current$/);
    expect(new Set(lines.slice(2, 9).map((l) => l.indexOf(l.includes('stage') ? 'stage' : 'consulted'))).size).toBe(1);
    expect(out).toContain('6 sites: 0 adopted, 6 consulted; 0 past a deadline');
    expect(out).not.toContain('\u001b[');
  });

  it('past the deadline: each site says why; colour only when asked', () => {
    const out = formatStatusTable(after, { color: false });
    expect(out).toContain('6 sites: 0 adopted, 6 consulted; 6 past a deadline');
    expect(out).toContain('overdue by 14 days');
    expect(out).toContain('past a deadline: Breakwater High School\n  - The plan has not been adopted');
    expect(formatStatusTable(after, { color: true })).toContain('\u001b[31m');
  });
});

describe('json', () => {
  it('the documented shape, stable between runs', async () => {
    const json = JSON.parse(formatStatusJson(before)) as StatusReport;
    expect(Object.keys(json)).toEqual(['schoolYear', 'asOf', 'district', 'sites', 'drillMonths', 'summary']);
    expect(json).toMatchObject({ schoolYear: '2026-27', asOf: BEFORE, district: 'Harbor Vista Unified School District' });
    expect(json.sites[0]).toMatchObject({ id: 'bayside-elementary', registered: true, file: '2026-27/bayside-elementary.yaml', stage: 'consulted', deadline: '2027-03-01', daysLeft: 98 });
    expect(formatStatusJson(await sampleStatus(BEFORE))).toBe(formatStatusJson(before));
  });
});

describe('csv', () => {
  it('a header and one row per site, CRLF line ends', () => {
    const rows = formatStatusCsv(after).split('\r\n');
    expect(rows[0]).toBe('site,stage,errors,warnings,drills,meeting,adopted,approved,to March 1,agencies,families,site id,in registry,deadline,past deadline,agency detail');
    expect(rows).toHaveLength(8);
    expect(rows[1]).toMatch(/^Bayside Elementary School,consulted,5,0,overdue \(3 findings\),,,,overdue by 14 days,0\/3 current,es current,bayside-elementary,yes,2027-03-01,"The plan has not been adopted/);
  });

  it.each([
    ['plain', 'plain'],
    ['a, b', '"a, b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['=HYPERLINK("http://x")', '"\'=HYPERLINK(""http://x"")"'],
    ['+1 555', "'+1 555"],
    ['-2', "'-2"],
    ['@SUM(A1)', "'@SUM(A1)"],
  ])('field %j -> %s', (value, field) => expect(csvField(value)).toBe(field));
});

describe('markdown', () => {
  it('a heading, the summary and a table row per site, then who is past a deadline', () => {
    const md = formatStatusMarkdown(after);
    expect(md).toMatch(/^## Safety plan status 2026-27, as of 2027-03-15\n\n6 sites: 0 adopted, 6 consulted; 6 past a deadline\n\n\| site \| stage \|/);
    expect(md.split('\n').filter((l) => /^\| (?!site \||-)/.test(l))).toHaveLength(6);
    expect(md).toContain('### Past a deadline');
    expect(formatStatusMarkdown(before)).not.toContain('Past a deadline');
  });

  it('plan text cannot break the table or inject HTML', () => {
    const hostile = { ...before, sites: [{ ...before.sites[0]!, name: 'A | <b>B</b>' }] };
    expect(formatStatusMarkdown(hostile)).toContain('| A \\| &lt;b&gt;B&lt;/b&gt; |');
  });

  it('a site name from a pull request cannot mention, link or load anything', () => {
    const name = '@everyone ![t](http://x.example/t.png) [x](javascript:alert(1))';
    const md = formatStatusMarkdown({ ...after, sites: [{ ...after.sites[0]!, name }] });
    expect(md).not.toMatch(/(^|[^\\])@everyone|[^\\]!\[|[^\\]\[x\]/);
    expect(md).toContain('&#64;everyone \\!\\[t\\](http://x.example/t.png) \\[x\\](javascript:alert(1))');
  });
});

describe('html', () => {
  it('one page: the policy, no script, a details view per site and the chart', () => {
    const html = formatStatusHtml(after);
    expect(html).toContain(`<meta http-equiv="Content-Security-Policy" content="${STATUS_CSP.replaceAll("'", '&#39;')}">`);
    expect(html).not.toMatch(/<script|javascript:|src="http|href="http|@import|url\(http/i);
    expect(html.match(/<details /g)).toHaveLength(6);
    expect(html).toContain('<svg');
    expect(html).toContain('<title id="chart-title">Drill requirements met by month, 2026-27, as of 2027-03-15</title>');
    for (const name of SITES) expect(html).toContain(name);
  });

  it('the chart says the month in progress is in progress, not zero', () => {
    expect(formatStatusHtml(before)).toMatch(/>in progress<\/text>/);
    expect(formatStatusHtml(after)).toContain('>0/10</text>');
  });

  it('escapes every string from plans and the config', () => {
    const evil = '<img src=x onerror=alert(1)>"\'&';
    const site = { ...after.sites[0]!, name: evil, notes: [evil], findings: [{ severity: 'error' as const, ruleId: evil, message: evil, line: 3, column: 1 }] };
    const html = formatStatusHtml({ ...after, district: evil, sites: [site] });
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;&quot;&#39;&amp;');
  });
});
