// What each edition prints, decided in code: the view is checked directly, with no template.
import { describe, expect, it } from 'vitest';
import { canPrint, editionView } from '../../src/edition/edition.js';
import { inputsFor, MARK, renderPlan } from '../helpers/render-plan.js';

const view = (edition: 'public' | 'responder' | 'full', plan = renderPlan()) => editionView(edition, inputsFor(plan));
const text = (edition: 'public' | 'responder' | 'full') => JSON.stringify(view(edition));

describe('editionView', () => {
  it('public: only public sections and maps, no responder packet, withheld sections noted', () => {
    const v = view('public');
    const printed = text('public');
    for (const m of [MARK.confidential, MARK.responderSection, MARK.contact, MARK.mobile, MARK.evacNotes, MARK.utility, MARK.distribution, MARK.responderMap]) {
      expect(printed).not.toContain(m);
    }
    expect(printed).toContain(MARK.publicSection);
    expect(printed).toContain(MARK.standard);
    expect(v.maps.map((m) => m.title)).toEqual([MARK.publicMap]);
    expect(v.mapsWithheld).toBe(1);
    expect(v.sections.filter((s) => s.withheld).map((s) => s.key)).toEqual(['disasterProcedures', 'tacticalResponse']);
    expect(v.publicLines).toEqual(['(805) 555-0100']);
    expect(v.evacuationAssistance).toBeUndefined();
  });

  it('responder: the packet and public + responder sections, never confidential text', () => {
    const v = view('responder');
    const printed = text('responder');
    expect(printed).not.toContain(MARK.confidential);
    expect(printed).not.toContain(MARK.distribution);
    for (const m of [MARK.responderSection, MARK.contact, MARK.mobile, MARK.utility, MARK.responderMap, MARK.publicMap]) expect(printed).toContain(m);
    expect(v.evacuationAssistance).toMatchObject({ pupils: 3, staff: 1 });
    expect(v.places.map((p) => p.title)).toEqual(['On-site assembly areas', 'Reunification sites']);
    expect(v.sections.find((s) => s.key === 'tacticalResponse')).toMatchObject({ withheld: true, markdown: [] });
    expect(v.publicLines).toEqual([]);
  });

  it('full: everything, with the committee and the record of distribution', () => {
    const printed = text('full');
    for (const m of Object.values(MARK)) expect(printed).toContain(m);
    expect(view('full').committee).toHaveLength(1);
  });

  it('a map with no visibility counts as responder', () => {
    expect(canPrint('public', undefined)).toBe(false);
    expect(canPrint('responder', undefined)).toBe(true);
    expect(canPrint('responder', 'confidential')).toBe(false);
    expect(canPrint('full', 'confidential')).toBe(true);
  });

  it('a missing standard prints a visible note, and a not-adopted dress code says so', () => {
    const plan = renderPlan({ sections: { childAbuseReporting: { standard: 'nope', visibility: 'public' }, dressCode: { adopted: false, visibility: 'public' } } });
    const v = view('public', plan);
    expect(v.sections[0]!.markdown[0]).toContain('"nope" was not found');
    expect(v.sections[1]).toMatchObject({ key: 'dressCode', notAdopted: true });
  });
});
