// Where a heading of the old document goes: opening a section, as a sub-heading of the section
// it is in, or to the unmapped file. In a document with heading styles the levels decide; in one
// without (bold lines), a bold label inside a section ("Who Must Report?", "Lockdown") stays in it
// unless it is written the way that section's own heading was (the next "3." after "2.").
import type { HeadingForm } from './model.js';
import type { Target } from './match.js';

export interface Open {
  level: number;
  target: Target;
  /** Level of the heading that opened the section (sub-headings are written relative to it). */
  base: number;
  text: string;
  form: HeadingForm;
  /** This heading opened its section (it is not a sub-heading of one). */
  opener: boolean;
}

export interface HeadingIn {
  level: number;
  text: string;
  styled: boolean;
  form: HeadingForm;
}

export type Placement = { as: 'section'; target: Target } | { as: 'sub-heading'; of: Open } | { as: 'unmapped' };

const NUMBERED: readonly HeadingForm[] = ['number', 'roman', 'letter'];

/** A bold line that is a label inside the open section rather than the start of another part. */
function labelInside(h: HeadingIn, opener: Open, matched: Target | undefined): boolean {
  if (/[?:]$/.test(h.text) || h.form === 'plain') return true;
  if (NUMBERED.includes(opener.form)) return h.form !== opener.form;
  if (NUMBERED.includes(h.form)) return false;
  // Capitals inside a section opened by capitals: a label only when it names the same section
  // ("CAMPUS SECURITY (LOCK-DOWN)" in the crisis response); otherwise the next part of the plan.
  return matched === opener.target;
}

/** Places `h` given the open headings (innermost last); the caller updates the stack. */
export function placeHeading(h: HeadingIn, stack: Open[], matched: Target | undefined): Placement {
  const section = [...stack].reverse().find((o) => o.target !== 'unmapped');
  const opener = section && [...stack].reverse().find((o) => o.opener && o.target === section.target);
  if (!h.styled && section && opener && labelInside(h, opener, matched)) return { as: 'sub-heading', of: section };
  while (stack.length && stack.at(-1)!.level >= h.level) stack.pop();
  const parent = stack.at(-1);
  if (matched && matched !== 'unmapped') {
    // "Fire Evacuation" under the disaster procedures names the same section: it stays a sub-heading.
    return parent && parent.target === matched ? { as: 'sub-heading', of: parent } : { as: 'section', target: matched };
  }
  if (!matched && parent && parent.target !== 'unmapped') return { as: 'sub-heading', of: parent };
  return { as: 'unmapped' };
}
