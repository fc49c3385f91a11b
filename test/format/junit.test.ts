import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit } from '../../src/format/junit.js';
import { context, diagnostics, LINCOLN, WASHINGTON } from './fixture.js';

/** Tag balance is enough to catch a broken report without an XML parser dependency. */
function assertBalanced(xml: string): void {
  const stack: string[] = [];
  for (const [, close, name, selfClosing] of xml.matchAll(/<(\/?)([\w:]+)[^>]*?(\/?)>/g)) {
    if (selfClosing) continue;
    if (close) expect(stack.pop()).toBe(name);
    else stack.push(name!);
  }
  expect(stack).toEqual([]);
}

describe('junit', () => {
  const files = [LINCOLN, WASHINGTON, '/repo/plans/adams-middle.yaml'];

  it('makes every checked file a test case that fails only on findings at or above --fail-on', () => {
    const xml = formatJunit(diagnostics, context({ files }));
    assertBalanced(xml);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="cssp" tests="3" failures="1">
        <testsuite name="cssp check" tests="3" failures="1">
          <testcase classname="cssp" name="plans/adams-middle.yaml"/>
          <testcase classname="cssp" name="plans/lincoln-elementary.yaml">
            <failure message="Phone &quot;555:1234, ext 9&quot; matches 0% of known formats.&#10;Expected (NNN) NNN-NNNN. (and 1 more problem)" type="error">4:8 error contact-phone: Phone &quot;555:1234, ext 9&quot; matches 0% of known formats.
      Expected (NNN) NNN-NNNN.
      5:1 error required-sections: Required section shelterAgreement is missing.
        hint: Add sections.shelterAgreement with standard: shelteragreement.
        citation: EC 32282(a)(2)(B)</failure>
            <system-out>3:12 warning principal-directory: Principal Ana Garcia is not in the district staff directory.</system-out>
          </testcase>
          <testcase classname="cssp" name="plans/washington-high.yaml">
            <system-out>3:3 warning confidential-visibility: The tactical response section must not be public.
        hint: Set visibility: confidential.
        citation: EC 32281(d)
      6:1 info drill-log: No drills logged yet this school year.</system-out>
          </testcase>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it('with --fail-on warning, warnings fail their file too; infos stay in system-out', () => {
    const xml = formatJunit(diagnostics, context({ files, failOn: 'warning' }));
    assertBalanced(xml);
    expect(xml).toContain('<testsuites name="cssp" tests="3" failures="2">');
    expect(xml).toContain('<failure message="The tactical response section must not be public." type="warning">');
    expect(xml).toContain('<system-out>6:1 info drill-log: No drills logged yet this school year.</system-out>');
  });

  it('escapes markup and strips characters XML 1.0 forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('bell\u0007 nul\u0000 lone\uD800 ok\u{1F600}\tend')).toBe('bell nul lone ok\u{1F600}\tend');
    const nasty = [{ ...diagnostics[1]!, message: '<script>"x" & \'y\'\u0001' }];
    const xml = formatJunit(nasty, context());
    assertBalanced(xml);
    expect(xml).toContain('message="&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;"');
    expect(xml).not.toContain('\u0001');
  });

  it('writes a passing test case for each clean file', () => {
    const xml = formatJunit([], context({ files: ['/repo/plans/b.yaml', '/repo/plans/a.yaml'] }));
    assertBalanced(xml);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="cssp" tests="2" failures="0">
        <testsuite name="cssp check" tests="2" failures="0">
          <testcase classname="cssp" name="plans/a.yaml"/>
          <testcase classname="cssp" name="plans/b.yaml"/>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it('writes a single passing testcase when clean and no file list is given', () => {
    const xml = formatJunit([], context());
    assertBalanced(xml);
    expect(xml).toContain('<testcase classname="cssp" name="12 files checked"/>');
  });
});
