// A plan for rendering tests, with marker strings in every place an edition may or may not print.
import type { Plan } from '../../src/plan/types.generated.js';
import type { EditionInputs } from '../../src/edition/edition.js';

export const MARK = {
  confidential: 'CONFIDENTIAL-MARKER-7Q',
  responderSection: 'RESPONDER-SECTION-MARKER-4K',
  contact: 'CONTACT-NAME-MARKER-2P',
  mobile: '(805) 555-0199',
  evacNotes: 'EVAC-NOTES-MARKER-9Z',
  publicSection: 'PUBLIC-SECTION-MARKER-1A',
  standard: 'STANDARD-TEXT-MARKER-5S',
  utility: 'UTILITY-MARKER-3U',
  distribution: 'DISTRIBUTION-MARKER-8D',
  publicMap: 'Public map caption',
  responderMap: 'Responder map caption',
} as const;

export function renderPlan(overrides: Partial<Plan> = {}): Plan {
  return {
    schemaVersion: 1,
    schoolYear: '2026-27',
    version: '2026-27.1',
    site: { id: 'alpha', name: 'Alpha Elementary', level: 'elementary', grades: 'K-5', address: { street: '1 Main St', city: 'Harbor Vista', zip: '99999' }, enrollment: 400, staffCount: 40 },
    committee: { authoringBody: 'safety-committee', members: [{ name: 'Pat Principal', role: 'principal' }] },
    adoption: { date: '2027-02-10', body: 'Alpha SSC' },
    distribution: [{ agency: MARK.distribution, type: 'fire', edition: 'responder', version: '2026-27.1', date: '2027-02-20' }],
    sections: {
      crimeAssessment: { text: `### Data\n${MARK.publicSection}`, visibility: 'public' },
      childAbuseReporting: { standard: 'child-abuse', visibility: 'public' },
      disasterProcedures: { text: MARK.responderSection, visibility: 'responder' },
      tacticalResponse: { text: MARK.confidential, visibility: 'confidential' },
    },
    responder: {
      contacts: [{ name: MARK.contact, role: 'Principal', phone: '(805) 555-0120', mobile: MARK.mobile, available24x7: true }],
      utilities: [
        { kind: 'gas', location: MARK.utility, map: 'G1' }, { kind: 'water', location: 'Meter box by gate 2' },
        { kind: 'electric', location: 'Room 12 electrical room' }, { kind: 'fire-alarm-panel', location: 'Main office' },
      ],
      assemblyAreas: [{ name: 'North Field', location: 'North of building A', primary: true }],
      reunificationSites: [{ name: 'Harbor Park', location: '100 Park Way' }],
      evacuationAssistance: { pupils: 3, staff: 1, notes: MARK.evacNotes },
      responseProtocol: 'Standard Response Protocol',
      maps: [
        { title: MARK.publicMap, file: 'maps/public.svg', visibility: 'public' },
        { title: MARK.responderMap, file: 'maps/responder.svg' },
      ],
    },
    drills: [],
    ...overrides,
  };
}

export function inputsFor(plan: Plan): EditionInputs {
  return {
    plan,
    district: 'Test USD',
    publicLines: ['(805) 555-0100'],
    standardText: (name) => (name === 'child-abuse' ? `Report abuse. ${MARK.standard}` : undefined),
    mapImage: () => ({ src: 'data:image/svg+xml;base64,PHN2Zy8+' }),
  };
}
