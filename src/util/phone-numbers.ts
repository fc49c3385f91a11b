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
 * dates do not load the library.
 */
const MAYBE_PHONE = /(?<!\d)(?:\d{3}\D{0,3}\d{4}|\d{10,11})(?!\d)/;

export interface PhoneMatch {
  /** The number as written in the text. */
  raw: string;
  /** Offset of raw in the text. */
  start: number;
  /** The number in E.164 form (+18055550121), without any extension. */
  number: string;
}

/** Every dialable phone number with an area code in the text. */
export function findPhoneNumbers(text: string): PhoneMatch[] {
  if (!MAYBE_PHONE.test(text)) return [];
  return load()
    .findNumbers(text, { defaultCountry: COUNTRY, v2: true })
    .map((m) => ({ raw: text.slice(m.startsAt, m.endsAt), start: m.startsAt, number: m.number.number }));
}

/** A number written any usual way, in E.164 form; undefined when it is not a phone number. */
export function normalizePhone(written: string): string | undefined {
  const parsed = load().parsePhoneNumberFromString(written, COUNTRY);
  return parsed?.isPossible() ? parsed.number : undefined;
}
