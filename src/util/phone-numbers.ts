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
 * The end of every number with an area code: 3 digits, a short separator, 4 digits (555-0121,
 * 555 0121), or 10-11 digits in a row. The digit runs stand alone, so years ("2026-2027") and
 * dates do not load the library. No number has a letter or a bracket between those 3 and 4
 * digits, so a citation such as "AB 1747 (2024)" is no candidate either.
 */
const MAYBE_PHONE = /(?<!\d)(?:\d{3}[^\d()\p{L}]{0,3}\d{4}|\d{10,11})(?!\d)/gu;
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

/** Merged [start, end) windows around each candidate, widened to the nearest whitespace. */
function windows(text: string): [number, number][] {
  const out: [number, number][] = [];
  for (const m of text.matchAll(MAYBE_PHONE)) {
    let start = Math.max(0, m.index - BEFORE);
    while (start > 0 && !/\s/.test(text[start - 1]!)) start--;
    let end = Math.min(text.length, m.index + m[0].length + AFTER);
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
