import { drillEntries } from '../plan/drills.js';
import { definePlanRule } from './types.js';

// A drill entered twice (a copy-paste, or `cssp drill add` run again) inflates the log that fire
// inspectors read (IFC 405.5 drill records). Two drills of one type on one day are real only when
// their start times differ, so a missing time cannot tell them apart.
export default definePlanRule({
  meta: {
    id: 'drill-duplicates',
    severity: 'warning',
    citation: 'IFC 405.5 (drill records)',
    description: 'No two drills of the same type on the same date, unless both record different start times.',
    reading: {
      kind: 'practice',
      note: 'No state format for drill records exists; a duplicate usually means a drill logged twice, which would inflate the counts.',
    },
    messages: {
      duplicate: 'This {{type}} drill on {{date}} has the same type and date as drills[{{index}}] (entry {{entry}} under drills:).',
      duplicateWithTime: 'This {{type}} drill on {{date}} at {{time}} has the same type, date and time as drills[{{index}}] (entry {{entry}} under drills:).',
    },
  },
  check({ plan, report }) {
    const seen: { index: number; type: string; date: string; time: unknown }[] = [];
    for (const { index, drill } of drillEntries(plan)) {
      const { type, date, time } = drill;
      if (typeof type !== 'string' || typeof date !== 'string') continue;
      const first = seen.find((s) => s.type === type && s.date === date && (s.time === time || !s.time || !time));
      if (first) {
        const sameTime = typeof time === 'string' && time === first.time;
        report({
          path: ['drills', index],
          messageId: sameTime ? 'duplicateWithTime' : 'duplicate', data: { type, date, time: String(time), index: first.index, entry: first.index + 1 },
          hint: 'Delete the repeated entry. If two drills really were held that day, give each its own start time (time: HH:MM).',
        });
      } else {
        seen.push({ index, type, date, time });
      }
    }
  },
});
