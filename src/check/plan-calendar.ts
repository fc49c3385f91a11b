// The calendar a plan's drill rules count months, quarters and semesters with: the config's
// calendar for the plan's school year, or built-in dates, which the user is told about.
import { makeDiagnostic, type Diagnostic } from '../diagnostic.js';
import { defaultCalendar } from '../plan/calendar.js';
import { CONFIG_FILE } from '../plan/paths.js';
import type { SourceFile } from '../plan/source.js';
import type { Calendar, DistrictConfig, Term } from '../plan/types.generated.js';

const ends = (terms: readonly Term[]) => {
  const dates = terms.map((t) => t.end);
  return dates.length > 1 ? `${dates.slice(0, -1).join(', ')} and ${dates.at(-1)}` : dates.join('');
};

/**
 * Warns once per plan, not once per year: plans are checked independently (on worker threads in
 * large districts), each plan's drill findings depend on these dates, and someone checking a
 * single plan must see why its deadlines may not match the school's real calendar.
 * Without a valid config nothing is said: there is no calendars: to add to (or the config's own
 * errors come first), and the same warning on every plan would bury them.
 */
export function planCalendar(source: SourceFile, year: string | undefined, config: DistrictConfig | undefined): { calendar: Calendar; warning?: Diagnostic } {
  const configured = year ? config?.calendars?.[year] : undefined;
  if (configured) return { calendar: configured };
  const calendar = defaultCalendar(year ?? '2000-01');
  if (!config || !year) return { calendar };
  const warning = makeDiagnostic(source.file, source.rangeOf(['schoolYear']), {
    ruleId: 'calendar-missing',
    severity: 'warning',
    message:
      `No calendar for ${year} in ${CONFIG_FILE}, so drills are counted with built-in dates: first day ${calendar.firstDay}, ` +
      `last day ${calendar.lastDay}; quarters end ${ends(calendar.quarters)}; semesters end ${ends(calendar.semesters)}.`,
    hint: `Add ${year} under calendars: in ${CONFIG_FILE} with the board-adopted firstDay, lastDay, quarters and semesters (copy another year's and change the dates).`,
  });
  return { calendar, warning };
}
