// One drill into one plan's text: refuse a plan with YAML errors and an exact duplicate, splice the
// entry in date order, and check the result as `cssp check` does (plan/checked-edit.ts).
import type { Diagnostic } from '../diagnostic.js';
import { UsageError } from '../errors.js';
import { checkedEdit, findingsBefore } from '../district/checked-edit.js';
import { PlanEditor } from '../plan/edit.js';
import type { District } from '../district/save.js';
import type { Drill } from '../plan/types.generated.js';

export interface Inserted {
  text: string;
  /** Entry number under drills: (0-based). */
  index: number;
  /** Findings of the edited plan pointing into the new entry that do not stop it (shown to the user). */
  notes: Diagnostic[];
}

// A record of an AB 1858 step not followed is the truth about the drill: logged, and shown.
const TRUTHFUL = new Set(['armed-assailant-drill-record']);

/** Existing entries as plain data (anything that is not a list counts as none). */
export function existingDrills(text: string): Partial<Drill>[] {
  const list = new PlanEditor(text).get(['drills']);
  return Array.isArray(list) ? (list as unknown[]).filter((d): d is Partial<Drill> => !!d && typeof d === 'object') : [];
}

/** Where a drill goes in date (then time) order: after every entry held at or before it. */
export function dateIndex(existing: readonly Partial<Drill>[], drill: Drill): number {
  const when = `${drill.date} ${drill.time}`;
  let index = 0;
  existing.forEach((d, i) => {
    if (typeof d.date === 'string' && `${d.date} ${typeof d.time === 'string' ? d.time : ''}` <= when) index = i + 1;
  });
  return index;
}

/** The plan's findings before the edit; a plan with YAML errors is refused before any question is asked. */
export const drillFindingsBefore = (file: string, text: string, district: District, asOf: string): Diagnostic[] =>
  findingsBefore(file, text, district, asOf, 'log the drill');

export function insertDrill(file: string, text: string, drill: Drill, district: District, asOf: string, before = drillFindingsBefore(file, text, district, asOf)): Inserted {
  const existing = existingDrills(text);
  const twin = existing.findIndex((d) => d.type === drill.type && d.date === drill.date && d.time === drill.time);
  if (twin >= 0) {
    throw new UsageError(
      `The plan already logs a ${drill.type} drill on ${drill.date} at ${drill.time} (entry ${twin + 1} under drills:), so it was not logged again.`,
      'If a second drill really was held that day, give its own start time with --time.',
    );
  }
  const index = dateIndex(existing, drill);
  const edited = checkedEdit({
    file, text, district, asOf, before, truthful: TRUTHFUL, refused: 'The drill was not logged', inserted: { list: 'drills', index },
    edit: (editor) => void editor.insert(['drills'], index, drill),
  });
  return { ...edited, index };
}
