// Documents as other tools save them, and the inline formatting Markdown keeps.
import { describe, expect, it } from 'vitest';
import type { Part } from '../helpers/docx.js';
import { GOOGLE_DOCS } from './fixtures.js';
import { importInto, row } from './run.js';

describe('cssp import, other shapes of document', () => {
  it('reads a Google Docs export: a Title, bold headings, a safety committee roster, a described map', async () => {
    const { plan, io } = await importInto(GOOGLE_DOCS, 'pelican-ridge-middle');
    expect(row(io.stdoutText, 'Pelican Ridge Middle School Safety Plan')).toBe('unmapped (pelican-ridge-middle.unmapped.md)');
    expect(row(io.stdoutText, 'NALOXONE AND OPIOID OVERDOSE RESPONSE')).toBe('opioidOverdose');
    expect(plan.committee.authoringBody).toBe('safety-committee');
    expect(plan.committee.members.map((m) => m.role)).toEqual(['principal', 'teacher', 'classified', 'parent']);
    expect(plan.responder.maps).toEqual([{ title: 'Evacuation routes, main building', file: 'maps/pelican-ridge-middle-import-1.png', visibility: 'responder' }]);
    expect(io.stdoutText).toMatch(/Words: (\d+) in, \1 out/);
  });

  it('keeps bold, italic, links and lists as Markdown', async () => {
    const parts: Part[] = [
      { h: 1, text: 'Child Abuse Reporting' },
      { runs: [['Report ', ''], ['at once', 'b'], [' to the ', ''], ['county hotline', 'i'], [' (see the ', ''], ['reporting guide', 'https://example.org/guide'], [').', '']] },
      { items: ['Call the hotline.', 'File the written report.'] },
    ];
    const { plan } = await importInto(parts, 'bayside-elementary');
    expect(plan.sections.childAbuseReporting!.text).toBe('Report **at once** to the *county hotline* (see the [reporting guide](https://example.org/guide)).\n\n-   Call the hotline.\n-   File the written report.');
  });

});
