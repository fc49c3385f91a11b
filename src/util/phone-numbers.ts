// Phone numbers in free text, found and compared by libphonenumber-js (Google's libphonenumber
// metadata), not a home-made pattern: it knows which digit runs can be dialled and ignores dates,
// CDS codes and statute numbers. Loading it costs about 30 ms (node -e, idle machine), a sixth of
// a whole `cssp check` of one plan, so it is required on first use, and only for text where a
// number could be: three digits, then four (555-0121). Dates and counts never load it.
import { createRequire } from 'node:module';

type Library = typeof import('libphonenumber-js/min');

let library: Library | undefined;
const load = (): Library => (library ??= createRequire(import.meta.url)('libphonenumber-js/min') as Library);

/** Plans are Californian: numbers without a country code are read as US numbers. */
const COUNTRY = 'US';

/**
 * The end of every number with an area code: 3 digits, then a short separator and 4 digits
 * (555-0121, 555 0121) or 7-8 more digits (10-11 in a row). The digit runs stand alone, so years
 * ("2026-2027") and dates do not load the library. No number has a letter or a bracket between
 * those 3 and 4 digits, so a citation such as "AB 1747 (2024)" is no candidate either.
 */
const MAYBE_PHONE = /\d{3}(?:[^\d()\p{L}]{0,3}\d{4}|\d{7,8})(?!\d)/gu;
/** Room around a candidate for its area code and country code before, and an extension after. */
const BEFORE = 24;
const AFTER = 16;

export interface PhoneMatch {
  /** The number as written in the text. */
  raw: string;
  /** Offset of raw in the text. */
  start: number;
  /** The number in E.164 form (+18055550121), without any extension. */
  number: string;
}

/**
 * Every dialable phone number with an area code in the text. The library reads only a window of
 * text around each candidate (cut at spaces, so no number is split): a public section is pages of
 * prose, and scanning all of it took most of a whole plan's check.
 */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  const found: PhoneMatch[] = [];
  for (const [start, end] of windows(text)) {
    for (const m of load().findNumbers(text.slice(start, end), { defaultCountry: COUNTRY, v2: true })) {
      const at = start + m.startsAt;
      if (!found.some((f) => f.start === at)) found.push({ raw: text.slice(at, start + m.endsAt), start: at, number: m.number.number });
    }
  }
  return found;
}

const isDigit = (code: number) => code >= 48 && code <= 57; // NaN (before the text) is none

/**
 * [start, end) of each candidate. The digit runs must stand alone at the start too: checked here
 * rather than with a lookbehind in the pattern, which kept the engine from skipping ahead to
 * digits (3.5x slower on prose). A match right after a digit is dropped and the search goes on
 * from the next character, as the lookbehind would have it.
 */
export function candidates(text: string): [number, number][] {
  const out: [number, number][] = [];
  const pattern = new RegExp(MAYBE_PHONE);
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    if (isDigit(text.charCodeAt(m.index - 1))) pattern.lastIndex = m.index + 1;
    else out.push([m.index, m.index + m[0].length]);
  }
  return out;
}

/** Merged [start, end) windows around each candidate, widened to the nearest whitespace. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const [from, to] of candidates(text)) {
    let start = Math.max(0, from - BEFORE);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, to + AFTER);
    while (end < text.length && !/\s/.test(text[end]!)) end++;
    const last = out.at(-1);
    if (last && start <= last[1]) last[1] = Math.max(last[1], end);
    else out.push([start, end]);
  }
  return out;
}

/** A number written any usual way, in E.164 form; undefined when it is not a phone number. */
export function normalizePhone(written: string): string | undefined {
  const parsed = load().parsePhoneNumberFromString(written, COUNTRY);
  return parsed?.isPossible() ? parsed.number : undefined;
}
