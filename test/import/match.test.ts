import { describe, expect, it } from 'vitest';
import { currentNumber, sectionByCitation } from '../../src/import/citations.js';
import { matchHeading, parseMaps } from '../../src/import/match.js';
import { inferRole, useTable } from '../../src/import/tables.js';
import { UsageError } from '../../src/errors.js';

const none = new Map();

describe('headings to sections', () => {
  it('reads the old numbering as the new: EC 35294.2(a)(2) is EC 32282(a)(2)', () => {
    expect(currentNumber('35294.2')).toBe('32282');
    expect(currentNumber('35294')).toBe('32280');
    expect(sectionByCitation('Strategies (EC 35294.2(a)(2))')).toBe('safetyStrategies');
    expect(sectionByCitation('Strategies (EC 32282(a)(2))')).toBe('safetyStrategies');
    expect(sectionByCitation('Ed. Code § 35294.2 (a)(2)(B)(i)')).toBe('earthquake');
    expect(sectionByCitation('Education Code 32282(a)(2)(E)')).toBe('discriminationHarassment');
    expect(sectionByCitation('35294.2(a)(2)(G) Safe Ingress')).toBe('ingressEgress');
    expect(sectionByCitation('Plan adopted 2025')).toBeUndefined();
  });

  it('knows the usual wordings and the statutes they cite', () => {
    expect(matchHeading('Policies pursuant to EC 48915(d)', none)).toBe('suspensionExpulsion');
    expect(matchHeading('Procedures to notify teachers of dangerous pupils', none)).toBe('dangerousPupilNotice');
    expect(matchHeading('Procedures to Assess Reports of Dangerous, Violent or Unlawful Activity', none)).toBe('dangerousActivityReports');
    expect(matchHeading('IV. Earthquake Emergency Procedures', none)).toBe('earthquake');
    expect(matchHeading('Component 3: Child Abuse Reporting Procedures', none)).toBe('childAbuseReporting');
    expect(matchHeading('Armed Assailant Drill Procedures', none)).toBe('armedAssailantDrills');
    expect(matchHeading('Opioid Overdose Protocol', none)).toBe('opioidOverdose');
    expect(matchHeading('Table of Contents', none)).toBeUndefined();
  });

  it('--map overrides any match; a bad entry is a usage error', () => {
    const maps = parseMaps(['Earthquake=unmapped', 'Campus  Security=safeEnvironment']);
    expect(matchHeading('earthquake', maps)).toBe('unmapped');
    expect(matchHeading('Campus Security', maps)).toBe('safeEnvironment');
    expect(() => parseMaps(['Campus Security'])).toThrow(UsageError);
    expect(() => parseMaps(['Campus Security=security'])).toThrow(/security is not a plan section/);
  });
});

describe('tables', () => {
  it('infers roles from titles', () => {
    expect(['Assistant Principal (designee)', 'Sheriff deputy', 'Fire Marshal', 'Student body president', 'Parent', 'Kindergarten teacher', 'Head Custodian', 'Librarian'].map(inferRole)).toEqual(['principal', 'law-enforcement', 'fire', 'student', 'parent', 'teacher', 'classified', 'other']);
  });

  it('reads the mobile column wherever it is', () => {
    expect(useTable([['Contact', 'Cell Phone', 'Title', 'Office Phone'], ['Ann Lee', '555-0199', 'Principal', '555-0142']], 'Emergency Numbers')).toEqual({
      use: 'contacts',
      contacts: [{ name: 'Ann Lee', role: 'Principal', phone: '555-0142', mobile: '555-0199' }],
      labelWords: 6,
    });
  });

  it('keeps a contact table with columns contacts have no place for, and says why', () => {
    const use = useTable([['Name', 'Role', 'Phone', 'Languages'], ['Ann Lee', 'Principal', '555-0142', 'Spanish']], 'Emergency Contacts');
    expect(use).toMatchObject({ use: 'markdown', why: 'responder.contacts has no place for Languages' });
    // An email has no field of its own: it is kept with the role, and the row is a contact.
    expect(useTable([['Name', 'Role', 'Phone', 'Email'], ['Ann Lee', 'Principal', '555-0142', 'ann@example.org']], '')).toMatchObject({
      use: 'contacts', contacts: [{ name: 'Ann Lee', role: 'Principal (ann@example.org)', phone: '555-0142' }],
    });
    // The district's board on the cover is not the committee.
    expect(useTable([['Name', 'Title'], ['Beatriz Herrera', 'President'], ['Gary Davis', 'Vice President'], ['Steve Hall', 'Member']], 'Board of Trustees')).toMatchObject({ use: 'markdown' });
    const bad = useTable([['Name', 'Role', 'Phone'], ['Ann Lee', 'Principal', 'ask the office']], 'Contacts');
    expect(bad).toMatchObject({ use: 'markdown', why: 'no row has a phone number cssp can read, in the form (555) 555-0142' });
  });
});
