// What the form needs besides the plan and the schema: each section's title, citation and what the
// law asks it to say; the district's standards and its own sections. Read once when the editor starts.
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { District } from '../district/save.js';
import { REQUIREMENTS } from '../law/requirements.js';
import { SECTIONS } from '../plan/sections.js';
import { armedAssailantTypes } from '../plan/drills.js';
import { DRILL_TYPES } from '../plan/drill-answers.js';

export interface EditorMeta {
  file: string;
  district: string;
  sections: { key: string; title: string; citation: string; requirement: string; says?: string }[];
  localSections: { key: string; title: string; says?: string }[];
  standards: string[];
  /** Drill types that record the AB 1858 steps (armed-assailant, and lockdown under district policy). */
  armedAssailantTypes: string[];
  /** Drill types with the names `cssp drill add` offers. */
  drillTypes: { value: string; name: string }[];
}

export function editorMeta(district: District, shownFile: string): EditorMeta {
  const lawSays = new Map(REQUIREMENTS.filter((r) => r.section).map((r) => [r.section!, r.says]));
  const dir = join(district.root, 'standards');
  return {
    file: shownFile,
    district: district.config.district.name,
    sections: SECTIONS.map((s) => ({ key: s.key, title: s.title, citation: s.citation, requirement: s.requirement, says: s.says ?? lawSays.get(s.key) })),
    localSections: Object.entries(district.config.localSections ?? {}).map(([key, d]) => ({ key, title: d.title, says: d.says })),
    armedAssailantTypes: [...armedAssailantTypes(district.config)],
    drillTypes: DRILL_TYPES.map((t) => ({ ...t })),
    standards: existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => f.slice(0, -3)).sort() : [],
  };
}
