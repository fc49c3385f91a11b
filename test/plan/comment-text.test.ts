// User text written into comments (a .docx file name, a school's name) cannot end the comment line.
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { planHeader } from '../../src/plan/skeleton.js';
import { unmappedText } from '../../src/import/plan.js';

const site = { id: 'a', name: 'Alpha\rSchool', level: 'elementary' as const, grades: 'K-5' };

describe('comments from user text', () => {
  // A carriage return in the .docx name once reached the header raw: PyYAML read the rest as `adoption:`.
  it.each(['\r', '\u0085', '\u2028', '\u2029', '\u000b'])('a plan header keeps %j inside its comment line', (breaker) => {
    const note = `Imported from evil${breaker}adoption: { date: 2027-02-01 }.docx on 2026-11-20.`;
    const text = `${planHeader('# yaml-language-server: $schema=x', site, '2026-27', `District${breaker}approval: {}`, note)}schemaVersion: 1\n`;
    expect(text).not.toMatch(/[\r\u0085\u2028\u2029\v]/);
    expect(parse(text)).toEqual({ schemaVersion: 1 });
  });

  it('the unmapped file note cannot close its HTML comment early', () => {
    const text = unmappedText({ unmapped: ['## Left over'] } as never, 'x --> <script>alert(1)</script>.docx', 'plan.yaml');
    const first = text.split('\n')[0]!;
    expect(first.match(/-->/g)).toHaveLength(1);
    expect(first.endsWith(' -->')).toBe(true);
  });
});
