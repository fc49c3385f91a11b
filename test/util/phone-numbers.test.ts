// The phone library costs about 30 ms to load, so `cssp check` loads it only for text that could
// hold a number. Run in a fresh process: the test runner's own module cache may already hold it.
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { candidates, findPhoneNumbers, normalizePhone } from '../../src/util/phone-numbers.js';
import { REPO } from '../helpers/district.js';

const loadsLibrary = async (text: string) => {
  const script = `import('./dist/util/phone-numbers.js').then((m) => { m.findPhoneNumbers(${JSON.stringify(text)}); console.log(Object.keys(require.cache).some((k) => k.includes('libphonenumber'))); })`;
  return (await execa('node', ['-e', script], { cwd: REPO })).stdout.trim() === 'true';
};

describe('phone numbers', () => {
  it('finds numbers with an area code, written any usual way', () => {
    expect(findPhoneNumbers('Cell (805) 555-0121, desk 805.555.0199 x12, toll-free 1-800-555-0199.').map((m) => [m.raw, m.number])).toEqual([
      ['(805) 555-0121', '+18055550121'],
      ['805.555.0199 x12', '+18055550199'],
      ['1-800-555-0199', '+18005550199'],
    ]);
  });

  it('finds numbers deep in long prose, at the right offsets', () => {
    const prose = 'Staff walk the east wing and check each room. '.repeat(200);
    const text = `${prose}Call the nurse at +1 (805) 555-0121 ext. 4 today.${prose}Or 805.555.0199`;
    const found = findPhoneNumbers(text);
    expect(found.map((m) => [m.number, text.slice(m.start, m.start + m.raw.length)])).toEqual([
      ['+18055550121', found[0]!.raw], ['+18055550199', '805.555.0199'],
    ]);
    expect(found[0]!.raw).toMatch(/^\+1 \(805\) 555-0121/);
    expect(text.indexOf(found[0]!.raw)).toBe(found[0]!.start);
  });

  it('finds ten digits written in a row', () => {
    expect(findPhoneNumbers('Text 8055550121 after hours.').map((m) => m.number)).toEqual(['+18055550121']);
  });

  it('normalises a listed number, or says it is not one', () => {
    expect(normalizePhone('+1 (805) 555-0100')).toBe('+18055550100');
    expect(normalizePhone('Room 14')).toBeUndefined();
  });

  it('does not load the library for dates and counts', async () => {
    expect(await loadsLibrary('Reviewed 2026-10-14 and 10/14/2026; 2,500 pupils; EC 32282(a)(2)(B).')).toBe(false);
    expect(await loadsLibrary('The 2026-2027 plan replaces the 2025-2026 plan.')).toBe(false);
    expect(await loadsLibrary('As AB 1747 (2024) and SB 671 (2023) require; room 104, table 2027.')).toBe(false);
  });

  it('finds numbers whose parts are split by dashes, dots or spaces of any kind', () => {
    const written = ['(805) 555\u20130121', '805 555\u00a00121', '805. 555. 0121', '805 - 555 - 0121'];
    expect(written.map((w) => findPhoneNumbers(`Call ${w} now.`).map((m) => m.number))).toEqual(written.map(() => ['+18055550121']));
  });

  it('loads it when text could hold a number', async () => {
    expect(await loadsLibrary('Call 555-0121.')).toBe(true);
  });
});

describe('phone number candidates', () => {
  // The pattern as it was written with a lookbehind: the candidates must be exactly its matches.
  const withLookbehind = /(?<!\d)(?:\d{3}[^\d()\p{L}]{0,3}\d{4}|\d{10,11})(?!\d)/gu;
  const reference = (text: string) => [...text.matchAll(withLookbehind)].map((m): [number, number] => [m.index, m.index + m[0].length]);

  it.each([
    'Call 805-555-0121 or (805) 555 0199 now.', '1234-5678-9012', '1234 567-8901', '12345678901234', '8055550121 and 18055550121',
    'AB 1747 (2024); EC 32282(a)', '555–0121 555\u00a00121 555.0121', '9999 999-9999 99', '',
  ])('%j', (text) => {
    expect(candidates(text)).toEqual(reference(text));
  });

  it('agrees with the lookbehind pattern on 2,000 random strings of digits and separators', () => {
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    const alphabet = '0123456789012345678901234567890123456789 -.()a\u2013';
    for (let i = 0; i < 2000; i++) {
      const text = Array.from({ length: 5 + Math.floor(random() * 40) }, () => alphabet[Math.floor(random() * alphabet.length)]).join('');
      expect(candidates(text), text).toEqual(reference(text));
    }
  });
});
