import { describe, expect, it } from 'vitest';
import { contactsFromTable, normalizePhone } from '../../src/import/contacts.js';
import { looksLikeName, memberFromLine, rosterFromTable } from '../../src/import/roster.js';
import { countWords } from '../../src/import/words.js';

describe('phone numbers', () => {
  it.each([
    ['805-555-0100', '(805) 555-0100'],
    ['805.555.0100', '(805) 555-0100'],
    ['(805)555-0100', '(805) 555-0100'],
    ['1-800-555-0133', '(800) 555-0133'],
    ['+1 805 555 0100 x12', '(805) 555-0100 ext. 12'],
    ['555-0142', '555-0142'],
    ['911', undefined],
    ['call the office', undefined],
  ])('%s -> %s', (text, phone) => expect(normalizePhone(text)).toBe(phone));

  it('counts a phone number as one word however it is written', () => {
    expect(['805-555-0100', '(805) 555-0100', '8055550100', 'call 805.555.0100 now'].map(countWords)).toEqual([1, 1, 1, 3]);
  });
});

describe('roster lines and names', () => {
  it.each([
    ['Jane Doe, Principal', 'Jane Doe', 'principal'],
    ['Mei Chen – Teacher, English', 'Mei Chen', 'teacher'],
    ['Roger Allen. - Principal', 'Roger Allen', 'principal'],
    ['Principal: Ana Ruiz', 'Ana Ruiz', 'principal'],
    ['- Sgt. Ana Lopez – School Resource Officer', 'Sgt. Ana Lopez', 'law-enforcement'],
    ['3. Cy Moss, Custodian', 'Cy Moss', 'classified'],
  ])('%s', (line, name, role) => expect(memberFromLine(line)?.member).toMatchObject({ name, role }));

  it.each(['Visitors sign in at the office, then wait', 'Lock the door - lights off', 'Assistant Principal, Operations', 'Board Members: see the district website'])('%s is not a member', (line) => {
    expect(memberFromLine(line)).toBeUndefined();
  });

  it('tells a name from a role', () => {
    expect(['Dr. Teri Morrow', "Jo-Ann O'Neil", 'Officer Dana Cole', 'Assistant Principal', 'Fire Captain', 'lock the door'].map(looksLikeName)).toEqual([true, true, true, false, false, false]);
  });
});

describe('tables by content', () => {
  it('a role | name table with no header row is a roster; so is name | role', () => {
    expect(rosterFromTable([['Principal', 'Ana Ruiz'], ['Parent', 'Cora Diaz']], '')?.members).toEqual([{ name: 'Ana Ruiz', role: 'principal', title: 'Principal' }, { name: 'Cora Diaz', role: 'parent', title: 'Parent' }]);
    expect(rosterFromTable([['Ana Ruiz', 'Principal'], ['Cora Diaz', 'Parent']], '')?.members.map((m) => m.name)).toEqual(['Ana Ruiz', 'Cora Diaz']);
  });

  it('a table of things is neither roster nor contacts', () => {
    expect(rosterFromTable([['Route', 'Departs'], ['North loop', '7:40 a.m.']], 'Bus Schedule')).toBeUndefined();
    expect(contactsFromTable([['Route', 'Departs'], ['North loop', '7:40 a.m.']])).toBeUndefined();
  });

  it('a shared line with no person is its agency, and a row with no number stays behind', () => {
    expect(contactsFromTable([['Agency', 'Contact', 'Phone'], ['County Sheriff (24/7)', '', '805-555-0301'], ['Emergency', '', '911']])).toEqual({
      contacts: [{ name: 'County Sheriff (24/7)', role: 'County Sheriff (24/7)', phone: '(805) 555-0301', available24x7: true }],
      rest: [['Agency', 'Contact', 'Phone'], ['Emergency', '', '911']],
      labelWords: 0,
    });
  });
});
