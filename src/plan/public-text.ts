// The plan text the public edition prints: sections and maps whose visibility is public. A map
// without a visibility is treated as responder content, and so is everything under responder:
// (contacts, sites, utilities), which only the responder and full editions print.
import type { PartialPlan } from './partial-plan.js';
import type { DocPath } from './paths.js';
import { everySection } from './sections.js';

export interface PublicText {
  path: DocPath;
  text: string;
}

const SECTION_TEXT_FIELDS = ['title', 'text', 'siteText'] as const;

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** Every string the public edition prints from the plan file, with its path. */
export function publicTexts(plan: PartialPlan): PublicText[] {
  const out: PublicText[] = [];
  for (const { path, section } of everySection(plan.sections)) {
    if (section.visibility !== 'public') continue;
    for (const field of SECTION_TEXT_FIELDS) {
      const text = section[field];
      if (typeof text === 'string') out.push({ path: [...path, field], text });
    }
  }
  const maps: unknown = plan.responder?.maps;
  (Array.isArray(maps) ? maps : []).forEach((map: unknown, i) => {
    if (isRecord(map) && map.visibility === 'public' && typeof map.title === 'string') out.push({ path: ['responder', 'maps', i, 'title'], text: map.title });
  });
  return out;
}

/** "line 3 of the text" for an offset in a multi-line text; empty for one-line text. */
export function whereInText(text: string, offset: number): string {
  if (!text.includes('\n')) return '';
  const line = text.slice(0, offset).split('\n').length;
  return ` (line ${line} of the text)`;
}
