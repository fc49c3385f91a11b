// E-mail addresses in free text. A plain pattern is enough here (unlike phone numbers): an address
// is whatever has a local part, an @ and a dotted domain; a sentence's full stop is not included.
const EMAIL = /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g;

export interface EmailMatch {
  raw: string;
  start: number;
}

export function findEmails(text: string): EmailMatch[] {
  if (!text.includes('@')) return [];
  return [...text.matchAll(EMAIL)].map((m) => ({ raw: m[0], start: m.index }));
}
