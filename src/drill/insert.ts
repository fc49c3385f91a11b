// One drill into one plan's text: refuse a plan with YAML errors and an exact duplicate, splice the
// entry in date order, and check the result as `cssp check` does. Only errors the edit brings in
// stop it (those pointing into the new lines, and new schema or YAML errors), so a plan with an
// unrelated open problem can still log its drills.
import { relative } from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { CsspError, UsageError } from '../errors.js';
import { PlanEditor } from '../plan/edit.js';
import { checkPlanText, type District } from '../plan/save.js';
import type { Drill } from '../plan/types.generated.js';

export interface Inserted {
  text: string;
  /** Entry number under drills: (0-based). */
  index: number;
  /** Findings of the edited plan pointing into the new entry that do not stop it (shown to the user). */
  notes: Diagnostic[];
}

const structural = (d: Diagnostic) => d.ruleId === 'schema' || d.ruleId.startsWith('yaml');
// A record of an AB 1858 step not followed is the truth about the drill: logged, and shown.
const TRUTHFUL = new Set(['armed-assailant-drill-record']);
const key = (d: Diagnostic) => `${d.ruleId}\u0000${d.message.replace(/drills\[\d+\]|entry \d+/g, '#')}`;
const at = (d: Diagnostic) => `  ${d.line}:${d.column} ${d.message}`;

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
export function findingsBefore(file: string, text: string, district: District, asOf: string): Diagnostic[] {
  const before = checkPlanText(file, text, district, asOf);
  const yaml = before.filter((d) => d.severity === 'error' && d.ruleId.startsWith('yaml'));
  if (yaml.length) {
    throw new CsspError(`${relative(district.root, file)} has YAML errors, so cssp did not edit it:\n${yaml.map(at).join('\n')}`, 'Fix them (cssp check explains each), then log the drill again.');
  }
  return before;
}

export function insertDrill(file: string, text: string, drill: Drill, district: District, asOf: string, before = findingsBefore(file, text, district, asOf)): Inserted {
  const existing = existingDrills(text);
  const twin = existing.findIndex((d) => d.type === drill.type && d.date === drill.date && d.time === drill.time);
  if (twin >= 0) {
    throw new UsageError(
      `The plan already logs a ${drill.type} drill on ${drill.date} at ${drill.time} (entry ${twin + 1} under drills:), so it was not logged again.`,
      'If a second drill really was held that day, give its own start time with --time.',
    );
  }
  const index = dateIndex(existing, drill);
  const editor = new PlanEditor(text);
  const span = editor.insert(['drills'], index, drill);
  // Lines of the new text: `drills: []` becomes `drills:`, so old offsets would be off by its brackets.
  const first = editor.text.slice(0, span.start).split('\n').length;
  const last = editor.text.slice(0, span.end).split('\n').length - 1;
  const inEntry = (d: Diagnostic) => d.line >= first && d.line <= last;
  const had = new Set(before.map(key));
  const after = checkPlanText(file, editor.text, district, asOf);
  const introduced = after.filter((d) => d.severity === 'error' && !had.has(key(d)) && ((inEntry(d) && !TRUTHFUL.has(d.ruleId)) || structural(d)));
  if (introduced.length) {
    throw new CsspError(`The drill was not logged: the plan would then have ${introduced.length === 1 ? 'this error' : 'these errors'}:\n${introduced.map(at).join('\n')}`, 'Correct the answers or flags these name, then run again.');
  }
  return { text: editor.text, index, notes: after.filter((d) => inEntry(d) && !had.has(key(d))) };
}
