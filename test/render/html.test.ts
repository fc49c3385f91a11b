// HTML from the view: every user text escaped, Markdown without raw HTML or images, the stamp.
import { describe, expect, it } from 'vitest';
import { editionView } from '../../src/edition/edition.js';
import { renderHtml } from '../../src/render/html.js';
import { contentHash, stampLine, versionStamp } from '../../src/edition/stamp.js';
import { inputsFor, MARK, renderPlan } from '../helpers/render-plan.js';

const hostile = '<script>alert(1)</script> <img src=http://evil.example/x.png> {{7*7}} {{> cover}}';

function html(plan = renderPlan(), edition: 'public' | 'responder' | 'full' = 'full') {
  const view = editionView(edition, inputsFor(plan));
  return renderHtml(view, versionStamp(view, '2027-02-12', 'abc1234'));
}

describe('renderHtml', () => {
  it('escapes hostile text in plain fields, Markdown and the header', () => {
    const base = renderPlan();
    const plan = renderPlan({
      site: { ...base.site, name: `Alpha ${hostile}` },
      sections: { crimeAssessment: { text: `Para ${hostile}\n\n![x](http://evil.example/y.png)`, visibility: 'public' } },
      responder: { ...base.responder, contacts: [{ name: hostile, role: 'r', phone: '1' }] },
    });
    const out = html(plan);
    const all = out.html;
    expect(all).not.toMatch(/<script/i);
    expect(all).not.toMatch(/<img[^>]+src="?http/i);
    expect(out.html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out.html).toContain('{{7*7}}');
    expect(out.html).toContain('{{&gt; cover}}');
    expect(out.html).toContain('@top-left{content:"Alpha \\3c script\\3e alert(1)\\3c /script\\3e ');
    expect(out.html).not.toMatch(/<[a-z]+[^>]*\ssrc="?https?:/i);
  });

  it('the record of distribution in the full edition shows the content hash each agency received', () => {
    const out = html(renderPlan({ distribution: [{ agency: 'Harbor City Police', type: 'law-enforcement', edition: 'responder', version: '2026-27.1', contentHash: '3f2a9c01d4e7', date: '2027-02-20' }] }));
    expect(out.html).toMatch(/Harbor City Police<\/td><td>responder<\/td><td>2026-27\.1<br><span class="nowrap">content 3f2a9c01d4e7<\/span><\/td>/);
  });

  it('prints withheld notes and the version stamp', () => {
    const out = html(renderPlan(), 'public');
    expect(out.html).toContain('Withheld from this edition under Education Code section 32281');
    expect(out.html).not.toContain(MARK.confidential);
    expect(out.html).toMatch(/@bottom-left\{content:"Version 2026-27\.1 · adopted 2027-02-10 · printed 2027-02-12 · content [0-9a-f]{12} · git abc1234"/);
    expect(out.html).toContain('"Page " counter(page) " of " counter(pages)');
    expect(out.title).toBe('Alpha Elementary - Comprehensive School Safety Plan 2026-27 - Public edition');
    expect(out.html).toContain('<html lang="en">');
  });

  // A plan with no shut-offs and no 24/7 contact rendered silently: a captain read the gaps as "none".
  it('prints "Not on file" for required responder information the plan lacks, and "Not yet written" for empty sections', () => {
    const base = renderPlan();
    const plan = renderPlan({
      site: { ...base.site, address: { status: 'not-written' } as never },
      sections: { crimeAssessment: { status: 'not-written', visibility: 'public' }, safetyStrategies: { text: 'We train.', visibility: 'public' } },
      responder: { contacts: [{ name: 'Office', role: 'front office', phone: '555-0100' }], utilities: [{ kind: 'gas', location: 'North wall' }] },
    });
    const text = html(plan, 'responder').html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');
    expect(text).toContain('Address Not on file');
    expect(text).toContain('24/7 contact: Not on file');
    expect(text).toContain('Gas shut-off North wall');
    for (const kind of ['Water shut-off', 'Electric shut-off', 'Fire alarm panel']) expect(text).toContain(`${kind} Not on file`);
    expect(text).toContain('On-site assembly areas Not on file');
    expect(text).toContain('Reunification sites Not on file');
    expect(text).toContain('Not on file: how many pupils and staff need help to evacuate');
    expect(text).toMatch(/Assessment of school crime EC 32282\(a\)\(1\) Not yet written\./);
    expect(text).not.toMatch(/Safety strategies and programs EC [^ ]+ Not yet written/);
    // The public edition prints no packet, so it has no packet gaps to show.
    expect(html(plan, 'public').html).not.toContain('Gas shut-off');
  });

  // "Contact the district" printed three bare numbers whose labels lived only in YAML comments.
  it('prints each public line with its label, and a bare one as written', () => {
    const view = editionView('public', { ...inputsFor(renderPlan()), publicLines: [{ label: 'SafeTips <line>', value: '(805) 555-0108' }, '(805) 555-0100'] });
    const out = renderHtml(view, versionStamp(view, '2027-02-12', undefined)).html;
    expect(out).toContain('<li><strong>SafeTips &lt;line&gt;</strong>: <span class="nowrap">(805) 555-0108</span></li><li>(805) 555-0100</li>');
  });

  it('a complete packet prints no "Not on file"', () => {
    expect(html(renderPlan(), 'responder').html).not.toContain('Not on file');
  });

  it('embeds the font and loads nothing from anywhere', () => {
    const out = html();
    expect(out.html).toContain("font-family:'Source Sans 3'");
    expect(out.html).toContain('data:font/woff2;base64,');
    expect(out.html).not.toMatch(/<[a-z]+[^>]*\s(src|href)="(?!data:)[a-z]+:/i);
  });

  it('the content hash changes with what the edition prints, not with what it withholds', () => {
    const plan = renderPlan();
    const edited = renderPlan({ sections: { ...plan.sections, tacticalResponse: { text: 'changed', visibility: 'confidential' } } });
    const hash = (p = plan, e: 'public' | 'full' = 'public') => contentHash(editionView(e, inputsFor(p)));
    expect(hash(edited)).toBe(hash(plan));
    expect(hash(edited, 'full')).not.toBe(hash(plan, 'full'));
    // Recording a delivery does not make the delivered copy out of date.
    const delivered = renderPlan({ distribution: [...(plan.distribution ?? []), { agency: 'Harbor City Fire', type: 'fire', edition: 'full', date: '2027-02-20' }] });
    expect(hash(delivered, 'full')).toBe(hash(plan, 'full'));
    expect(stampLine({ version: undefined, adopted: undefined, rendered: '2027-01-01', contentHash: 'abc', commit: undefined })).toBe('Version (none) · not adopted · printed 2027-01-01 · content abc');
  });
});
