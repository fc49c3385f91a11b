// A small district on disk for PDF tests: the marker plan of render-plan.ts as YAML, with maps.
import { stringify } from 'yaml';
import { testdir } from './testdir.js';
import { MARK, renderPlan } from './render-plan.js';
import type { Plan } from '../../src/plan/types.generated.js';

const svg = (label: string) =>
  `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 200 100" width="200" height="100"><rect width="200" height="100" fill="#fff" stroke="#000"/>` +
  `<image href="http://127.0.0.1:9/tracker.png" width="10" height="10"/><text x="10" y="50">${label}</text></svg>`;

export const CONFIG = `schemaVersion: 1
district: { name: Test USD, cdsCode: 99-99999 }
calendars: {}
sites:
  - { id: alpha, name: Alpha Elementary, level: elementary, grades: K-5 }
publicContacts:
  phones: ["(805) 555-0100"]
`;

export function renderDistrict(plan: Plan = renderPlan(), extra: Record<string, string> = {}): string {
  return testdir({
    'cssp.config.yaml': CONFIG,
    [`2026-27/${plan.site.id}.yaml`]: stringify(plan),
    '2026-27/maps/public.svg': svg('PUBLIC-MAP-IMAGE'),
    '2026-27/maps/responder.svg': svg('RESPONDER-MAP-IMAGE'),
    'standards/child-abuse.md': `# Child abuse\n\nReport abuse. ${MARK.standard}\n`,
    ...extra,
  });
}
