// When each requirement applies: dates on both sides of every boundary (in force, reviewed from,
// due by, repealed), for a plan adopted before or after, and for one not adopted yet.
import { describe, expect, it } from 'vitest';
import { applicability, requirementsSince, sectionsInForce } from '../../src/law/applies.js';
import { REQUIREMENTS, requirementById } from '../../src/law/requirements.js';

const inUse = '2027-06-30'; // a plan in use after every due date below (2026-27)
const applies = (id: string, reviewed: string | undefined, asOf: string, yearEnds = inUse) => applicability(requirementById(id), { reviewed, yearEnds }, asOf).applies;

describe('applicability', () => {
  it.each([
    // SB 98: in force 2025-09-20, every plan by 2026-03-01, repealed 2031-01-01.
    ['immigration-enforcement-notice', undefined, '2025-09-19', false],
    ['immigration-enforcement-notice', undefined, '2025-09-20', true],
    ['immigration-enforcement-notice', '2025-09-19', '2026-03-01', false], // reviewed the day before; not yet due
    ['immigration-enforcement-notice', '2025-09-19', '2026-03-02', true], // due
    ['immigration-enforcement-notice', '2025-09-20', '2025-10-01', true], // reviewed on the day it took effect
    ['immigration-enforcement-notice', '2026-02-10', '2030-12-31', true],
    ['immigration-enforcement-notice', '2026-02-10', '2031-01-01', false], // repealed
    // SB 848: in force 2026-01-01, every plan by 2026-07-01.
    ['child-protection', '2025-12-31', '2026-07-01', false],
    ['child-protection', '2025-12-31', '2026-07-02', true],
    ['child-protection', '2026-01-01', '2026-01-02', true],
    ['child-protection', undefined, '2025-12-31', false],
    // SB 323 and SB 671: in force 2024-01-01, at the next review.
    ['disability-adaptations', '2023-12-31', '2026-11-23', false],
    ['disability-adaptations', '2024-01-01', '2026-11-23', true],
    ['dangerous-activity-reports', '2023-12-31', '2024-06-01', false],
    ['dangerous-activity-reports', undefined, '2024-01-01', true],
    // AB 2887: in force 2025-01-01, for plans reviewed from 2025-07-01.
    ['cardiac-emergency', '2025-06-30', '2026-11-23', false],
    ['cardiac-emergency', '2025-07-01', '2026-11-23', true],
  ] as const)('%s, reviewed %s, as of %s: %s', (id, reviewed, asOf, expected) => {
    expect(applies(id, reviewed, asOf)).toBe(expected);
  });

  it('does not hold a plan whose school year ended before the due date to it', () => {
    expect(applies('immigration-enforcement-notice', '2025-02-10', '2026-11-23', '2025-06-30')).toBe(false);
    expect(applies('immigration-enforcement-notice', '2025-02-10', '2026-11-23', '2026-06-30')).toBe(true);
    // A plan never adopted was last worked on in its own year: AB 2887 (reviews from July 1, 2025) does not reach 2024-25's.
    expect(applies('cardiac-emergency', undefined, '2026-11-23', '2025-06-30')).toBe(false);
    expect(applies('cardiac-emergency', undefined, '2026-11-23', '2026-06-30')).toBe(true);
    // SB 848 is due on July 1, 2026, the day after the 2025-26 school year ends.
    expect(applies('child-protection', '2025-12-31', '2026-11-23', '2026-06-30')).toBe(false);
  });
});

describe('what the law added', () => {
  it('since a date, oldest first', () => {
    expect(requirementsSince(REQUIREMENTS, '2025-02-10').map((r) => r.id)).toEqual(['cardiac-emergency', 'immigration-enforcement-notice', 'child-protection']);
    expect(requirementsSince(REQUIREMENTS, '2026-01-01').map((r) => r.id)).toEqual([]);
  });

  it('the sections a plan written now starts with', () => {
    expect(sectionsInForce('2026-11-23', '2027-06-30')).toEqual(['dangerousActivityReports', 'disabilityAdaptations', 'cardiacEmergency', 'immigrationEnforcementNotice', 'childProtection']);
    expect(sectionsInForce('2031-01-01', '2031-06-30')).not.toContain('immigrationEnforcementNotice');
    expect(sectionsInForce('2025-09-01', '2026-06-30')).toEqual(['dangerousActivityReports', 'disabilityAdaptations', 'cardiacEmergency']);
  });
});
