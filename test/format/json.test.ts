import { describe, expect, it } from 'vitest';
import { formatJson } from '../../src/format/json.js';
import { context, diagnostics } from './fixture.js';

describe('json', () => {
  it('prints one line, sorted, with relative paths', () => {
    const out = formatJson(diagnostics, context());
    expect(out.endsWith('\n')).toBe(true);
    expect(out.trimEnd()).not.toContain('\n');
    expect(out).toMatchInlineSnapshot(`
      "{"diagnostics":[{"file":"plans/lincoln-elementary.yaml","line":3,"column":12,"endLine":3,"endColumn":22,"severity":"warning","ruleId":"principal-directory","message":"Principal Ana Garcia is not in the district staff directory."},{"file":"plans/lincoln-elementary.yaml","line":4,"column":8,"endLine":4,"endColumn":25,"severity":"error","ruleId":"contact-phone","message":"Phone \\"555:1234, ext 9\\" matches 0% of known formats.\\nExpected (NNN) NNN-NNNN."},{"file":"plans/lincoln-elementary.yaml","line":5,"column":1,"endLine":5,"endColumn":9,"severity":"error","ruleId":"required-sections","message":"Required section shelterAgreement is missing.","citation":"EC 32282(a)(2)(B)","hint":"Add sections.shelterAgreement with standard: shelteragreement."},{"file":"plans/washington-high.yaml","line":3,"column":3,"endLine":5,"endColumn":23,"severity":"warning","ruleId":"confidential-visibility","message":"The tactical response section must not be public.","citation":"EC 32281(d)","hint":"Set visibility: confidential."},{"file":"plans/washington-high.yaml","line":6,"column":1,"endLine":6,"endColumn":7,"severity":"info","ruleId":"drill-log","message":"No drills logged yet this school year."}],"summary":{"files":12,"errors":2,"warnings":2,"infos":1}}
      "
    `);
  });

  it('keeps the documented key order and omits absent citation/hint', () => {
    const parsed = JSON.parse(formatJson(diagnostics, context())) as { diagnostics: Record<string, unknown>[]; summary: object };
    expect(Object.keys(parsed)).toEqual(['diagnostics', 'summary']);
    expect(Object.keys(parsed.summary)).toEqual(['files', 'errors', 'warnings', 'infos']);
    expect(parsed.summary).toEqual({ files: 12, errors: 2, warnings: 2, infos: 1 });
    const base = ['file', 'line', 'column', 'endLine', 'endColumn', 'severity', 'ruleId', 'message'];
    const withBoth = parsed.diagnostics.find((d) => d.ruleId === 'required-sections');
    expect(Object.keys(withBoth ?? {})).toEqual([...base, 'citation', 'hint']);
    expect(Object.keys(parsed.diagnostics[0] ?? {})).toEqual(base);
    expect(parsed.diagnostics[0]?.file).toBe('plans/lincoln-elementary.yaml');
  });

  it('handles a clean run', () => {
    expect(formatJson([], context())).toBe('{"diagnostics":[],"summary":{"files":12,"errors":0,"warnings":0,"infos":0}}\n');
  });
});
