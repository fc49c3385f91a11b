// Times as site leads type them, stored as plans write them.
import { describe, expect, it } from 'vitest';
import { parseSeconds, parseTime } from '../../src/plan/drill-answers.js';

describe('parseTime', () => {
  it.each([
    ['09:40', '09:40'], ['9:40', '09:40'], ['14:00', '14:00'], ['10:15 AM', '10:15'], ['10:15am', '10:15'], ['2:05 pm', '14:05'],
    ['3 PM', '15:00'], ['12:00 AM', '00:00'], ['12 pm', '12:00'], ['12:30 p.m.', '12:30'],
    ['24:00', undefined], ['13:15 PM', undefined], ['0:30 AM', undefined], ['9', undefined], ['after lunch', undefined], ['9:60', undefined],
  ])('%s -> %s', (typed, stored) => expect(parseTime(typed)).toBe(stored));
});

describe('parseSeconds', () => {
  it.each([['270', 270], ['4:30', 270], ['0:45', 45], ['12:05', 725], ['4:60', undefined], ['4 minutes', undefined], ['-3', undefined]])('%s -> %s', (typed, seconds) =>
    expect(parseSeconds(typed)).toBe(seconds));
});
