import { describe, expect, it } from 'vitest';
import { escapeData, escapeProperty, formatGithub } from '../../src/format/github.js';
import { context, diagnostics, many } from './fixture.js';

describe('github', () => {
  it('writes one annotation per diagnostic', () => {
    expect(formatGithub(diagnostics, context())).toMatchInlineSnapshot(`
      "::warning file=plans/lincoln-elementary.yaml,line=3,col=12,endLine=3,endColumn=22,title=principal-directory::Principal Ana Garcia is not in the district staff directory.
      ::error file=plans/lincoln-elementary.yaml,line=4,col=8,endLine=4,endColumn=25,title=contact-phone::Phone "555:1234, ext 9" matches 0%25 of known formats.%0AExpected (NNN) NNN-NNNN.
      ::error file=plans/lincoln-elementary.yaml,line=5,col=1,endLine=5,endColumn=9,title=required-sections::Required section shelterAgreement is missing.%0AAdd sections.shelterAgreement with standard: shelteragreement.
      ::warning file=plans/washington-high.yaml,line=3,endLine=5,title=confidential-visibility::The tactical response section must not be public.%0ASet visibility: confidential.
      ::notice file=plans/washington-high.yaml,line=6,col=1,endLine=6,endColumn=7,title=drill-log::No drills logged yet this school year.
      "
    `);
  });

  it('escapes data and property values the way the runner parses them', () => {
    expect(escapeData('100% a:b, c\r\nd')).toBe('100%25 a:b, c%0D%0Ad');
    expect(escapeProperty('100% a:b, c\nd')).toBe('100%25 a%3Ab%2C c%0Ad');
    const out = formatGithub(diagnostics, context());
    expect(out).toContain('::Phone "555:1234, ext 9" matches 0%25 of known formats.%0AExpected (NNN) NNN-NNNN.\n');
    const odd = [{ ...diagnostics[0]!, file: '/repo/a,b:c.yaml', ruleId: 'x,y' }];
    expect(formatGithub(odd, context())).toContain('file=a%2Cb%3Ac.yaml,');
    expect(formatGithub(odd, context())).toContain('title=x%2Cy::');
  });

  it('appends the hint on a new line and drops columns for multi-line ranges', () => {
    const line = formatGithub(diagnostics, context()).split('\n').find((l) => l.includes('confidential-visibility'))!;
    expect(line).toBe(
      '::warning file=plans/washington-high.yaml,line=3,endLine=5,title=confidential-visibility::' +
        'The tactical response section must not be public.%0ASet visibility: confidential.',
    );
  });

  it('caps annotations at 10 per level and says how many were hidden', () => {
    const lines = formatGithub(many(12, 'error'), context()).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::error '))).toHaveLength(10);
    expect(lines).toHaveLength(11);
    expect(lines[10]).toBe('::notice::2 more errors not shown as annotations; see the job summary or run cssp check locally');
  });

  it('keeps overflow notices within the notice budget', () => {
    const lines = formatGithub([...many(11, 'warning'), ...many(15, 'info')], context()).trimEnd().split('\n');
    expect(lines.filter((l) => l.startsWith('::warning '))).toHaveLength(10);
    expect(lines.filter((l) => l.startsWith('::notice'))).toHaveLength(10);
    expect(lines.slice(-2)).toEqual([
      '::notice::1 more warning not shown as annotations; see the job summary or run cssp check locally',
      '::notice::7 more info diagnostics not shown as annotations; see the job summary or run cssp check locally',
    ]);
  });

  it('prints nothing for a clean run', () => {
    expect(formatGithub([], context())).toBe('');
  });
});
