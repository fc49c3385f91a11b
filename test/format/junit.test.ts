import { describe, expect, it } from 'vitest';
import { escapeXml, formatJunit } from '../../src/format/junit.js';
import { context, diagnostics } from './fixture.js';

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
  it('writes one suite per file and one failed testcase per diagnostic', () => {
    const xml = formatJunit(diagnostics, context());
    assertBalanced(xml);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="cssp" tests="5" failures="5">
        <testsuite name="plans/lincoln-elementary.yaml" tests="3" failures="3">
          <testcase classname="plans/lincoln-elementary.yaml" name="principal-directory 3:12">
            <failure message="Principal Ana Garcia is not in the district staff directory." type="warning">Principal Ana Garcia is not in the district staff directory.</failure>
          </testcase>
          <testcase classname="plans/lincoln-elementary.yaml" name="contact-phone 4:8">
            <failure message="Phone &quot;555:1234, ext 9&quot; matches 0% of known formats.&#10;Expected (NNN) NNN-NNNN." type="error">Phone &quot;555:1234, ext 9&quot; matches 0% of known formats.
      Expected (NNN) NNN-NNNN.</failure>
          </testcase>
          <testcase classname="plans/lincoln-elementary.yaml" name="required-sections 5:1">
            <failure message="Required section shelterAgreement is missing." type="error">Required section shelterAgreement is missing.
      hint: Add sections.shelterAgreement with standard: shelteragreement.
      citation: EC 32282(a)(2)(B)</failure>
          </testcase>
        </testsuite>
        <testsuite name="plans/washington-high.yaml" tests="2" failures="2">
          <testcase classname="plans/washington-high.yaml" name="confidential-visibility 3:3">
            <failure message="The tactical response section must not be public." type="warning">The tactical response section must not be public.
      hint: Set visibility: confidential.
      citation: EC 32281(d)</failure>
          </testcase>
          <testcase classname="plans/washington-high.yaml" name="drill-log 6:1">
            <failure message="No drills logged yet this school year." type="info">No drills logged yet this school year.</failure>
          </testcase>
        </testsuite>
      </testsuites>
      "
    `);
  });

  it('escapes markup and strips characters XML 1.0 forbids', () => {
    expect(escapeXml(`a & b < c > d " e ' f`)).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; f');
    expect(escapeXml('bell\u0007 nul\u0000 lone\uD800 ok\u{1F600}\tend')).toBe('bell nul lone ok\u{1F600}\tend');
    const nasty = [{ ...diagnostics[0]!, message: '<script>"x" & \'y\'\u0001' }];
    const xml = formatJunit(nasty, context());
    assertBalanced(xml);
    expect(xml).toContain('message="&lt;script&gt;&quot;x&quot; &amp; &apos;y&apos;"');
    expect(xml).not.toContain('\u0001');
  });

  it('writes a single passing testcase when clean', () => {
    const xml = formatJunit([], context());
    assertBalanced(xml);
    expect(xml).toMatchInlineSnapshot(`
      "<?xml version="1.0" encoding="UTF-8"?>
      <testsuites name="cssp" tests="1" failures="0">
        <testsuite name="cssp" tests="1" failures="0">
          <testcase classname="cssp" name="12 files checked"/>
        </testsuite>
      </testsuites>
      "
    `);
  });
});
