// The editions cssp prints, in one list: help, `cssp distribute`'s choices, `cssp bundle --edition
// all`, the rules and the status page all derive from it. The schema's `distribution[].edition`
// enum is the list's other half (the file an editor validates against): the type check below fails
// the build when the two differ, and test/schema/editions.test.ts compares them value by value.
import type { Distribution } from './types.generated.js';

export const EDITIONS = ['responder', 'public', 'full', 'family'] as const;
export type Edition = (typeof EDITIONS)[number];

// Both directions: every schema edition is in the list, and every listed edition is in the schema.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const inStep: Same<Edition, Distribution['edition']> = true;
void inStep;

export const isEdition = (value: unknown): value is Edition => (EDITIONS as readonly unknown[]).includes(value);

export const EDITION_TITLES: Record<Edition, string> = {
  responder: 'First-responder edition',
  public: 'Public edition',
  full: 'Full plan (district and board)',
  family: 'Family edition',
};

/** What each edition holds, in a sentence (distribute's choices). */
export const EDITION_CONTENTS: Record<Edition, string> = {
  responder: 'the first-responder packet and the sections responders may see (police, fire, EMS)',
  public: 'the copy posted for the public; leaves out what responders need',
  full: 'everything, confidential sections included (the district, the board)',
  family: 'what parents and guardians need in an emergency, in English and their languages (cssp render --edition family --lang)',
};

/** The editions printed from the whole plan (edition/edition.ts); the family edition has its own (edition/family.ts). */
export const PLAN_EDITIONS = ['responder', 'public', 'full'] as const;
export type PlanEdition = (typeof PLAN_EDITIONS)[number];
