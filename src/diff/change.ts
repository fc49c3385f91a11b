// A change between two versions of a plan, as one sentence a safety director can read, and the
// small wording helpers every area uses. Pure.
import type { PathSegment } from '../plan/paths.js';

/** The parts of a plan, in the order a plan is written; changes are listed in this order. */
export const AREAS = [
  'Plan', 'Site', 'Committee', 'Consultations', 'Public meeting', 'Adoption', 'Approval', 'Distribution',
  'Sections', 'Responder packet', 'Drills',
] as const;
export type Area = (typeof AREAS)[number];

export interface Change {
  area: Area;
  /** Where in the plan, as rules report it: ['responder', 'reunificationSites', 0]. */
  path: PathSegment[];
  kind: 'added' | 'removed' | 'changed';
  /** One sentence; read under its area's heading. Never holds confidential text or a pupil's name. */
  text: string;
  /** Set when the change is to content marked confidential: the sentence says that something changed, never what. */
  confidential?: boolean;
}

/** Values as read from YAML: anything may be missing or of the wrong type (plans may have schema errors). */
export type Loose = Record<string, unknown>;

export const asRecord = (v: unknown): Loose | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Loose) : undefined);
export const asList = (v: unknown): Loose[] => (Array.isArray(v) ? v.map((x) => asRecord(x) ?? {}) : []);
export const asText = (v: unknown): string | undefined =>
  typeof v === 'string' ? v : typeof v === 'number' || typeof v === 'boolean' ? String(v) : undefined;

const MAX_QUOTE = 100;

/** Free text quoted for a sentence, on one line and cut short when long. */
export function quote(v: unknown): string {
  const text = (asText(v) ?? '').replace(/\s+/g, ' ').trim();
  return `“${text.length > MAX_QUOTE ? `${text.slice(0, MAX_QUOTE - 1).trimEnd()}…` : text}”`;
}

/** A short value (name, date, number, label) as it is; "(none)" when missing. */
export const plain = (v: unknown): string => asText(v)?.replace(/\s+/g, ' ').trim() || '(none)';

/** "a", "a and b", "a, b and c". */
export function listing(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1)}`;
}

import { plural } from '../util/plural.js';

export { plural };

/** Upper-cases the first letter: sentences start with one. */
export const sentence = (text: string): string => (text ? text[0]!.toUpperCase() + text.slice(1) : text);

export const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** Collects the changes of one area, so each area's code reads as a list of sentences. */
export class ChangeList {
  readonly changes: Change[] = [];
  constructor(private readonly area: Area) {}

  add(kind: Change['kind'], path: PathSegment[], text: string, confidential?: boolean): void {
    this.changes.push({ area: this.area, path, kind, text: sentence(text), ...(confidential ? { confidential: true } : {}) });
  }

  /** "<label> changed from A to B", for short values; added and removed say so. */
  value(path: PathSegment[], label: string, before: unknown, after: unknown, show: (v: unknown) => string = plain): void {
    const was = asText(before)?.trim() ? before : undefined;
    const now = asText(after)?.trim() ? after : undefined;
    if (was === undefined && now === undefined) return;
    if (was === undefined) this.add('added', path, `${label}: ${show(now)} (was not given)`);
    else if (now === undefined) this.add('removed', path, `${label} removed (was ${show(was)})`);
    else if (!same(was, now)) this.add('changed', path, `${label} changed from ${show(was)} to ${show(now)}`);
  }

  /** Text that is described, never quoted (notes that may hold names, phone numbers). */
  described(path: PathSegment[], label: string, before: unknown, after: unknown): void {
    const was = asText(before)?.trim();
    const now = asText(after)?.trim();
    if (was === now) return;
    if (!was) this.add('added', path, `${label} added`);
    else if (!now) this.add('removed', path, `${label} removed`);
    else this.add('changed', path, `${label} changed`);
  }
}
