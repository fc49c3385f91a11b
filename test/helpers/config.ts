// A district config for rule tests: two school years with known terms.
import type { DistrictConfig } from '../../src/plan/types.generated.js';

export const testConfig: DistrictConfig = {
  schemaVersion: 1,
  district: { name: 'Test Unified School District', cdsCode: '99-99999' },
  calendars: {
    '2025-26': {
      firstDay: '2025-08-13',
      lastDay: '2026-06-04',
      quarters: [
        { name: 'Q1', start: '2025-08-13', end: '2025-10-17' },
        { name: 'Q2', start: '2025-10-20', end: '2025-12-19' },
        { name: 'Q3', start: '2026-01-06', end: '2026-03-20' },
        { name: 'Q4', start: '2026-03-23', end: '2026-06-04' },
      ],
      semesters: [
        { name: 'Semester 1', start: '2025-08-13', end: '2025-12-19' },
        { name: 'Semester 2', start: '2026-01-06', end: '2026-06-04' },
      ],
    },
    '2026-27': {
      firstDay: '2026-08-12',
      lastDay: '2027-06-03',
      quarters: [
        { name: 'Q1', start: '2026-08-12', end: '2026-10-16' },
        { name: 'Q2', start: '2026-10-19', end: '2026-12-18' },
        { name: 'Q3', start: '2027-01-05', end: '2027-03-19' },
        { name: 'Q4', start: '2027-03-22', end: '2027-06-03' },
      ],
      semesters: [
        { name: 'Semester 1', start: '2026-08-12', end: '2026-12-18' },
        { name: 'Semester 2', start: '2027-01-05', end: '2027-06-03' },
      ],
    },
  },
  sites: [
    { id: 'test-elementary', name: 'Test Elementary School', level: 'elementary', grades: 'TK-5' },
    { id: 'test-high', name: 'Test High School', level: 'high', grades: '9-12' },
  ],
  drillPolicy: { lockdownPerYear: 2, intermediateFireDrills: 'monthly', pupilMemberForGrades9to12: true, wildfirePlan: false },
};

/** The text of a minimal cssp.config.yaml with the given lines under `rules:` (config and schema tests). */
export const configWithRules = (rules: string): string => `schemaVersion: 1
district: { name: Test USD, cdsCode: 99-99999 }
calendars: {}
sites: []
rules:
${rules}
`;
