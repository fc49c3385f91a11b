// The required drills of a school year as an iCalendar file: one all-day event per required month
// or term, per site and kind of drill, from the district calendar and drill policy (the same
// requirements `cssp drill due` uses). ical-generator writes the format, so Google Calendar and
// Outlook import it; UIDs are stable, so importing a corrected file updates events in place.
import { ICalCalendar } from 'ical-generator';
import type { PartialPlan } from '../plan/partial-plan.js';
import type { Calendar, DistrictConfig, RegistrySite } from '../plan/types.generated.js';
import { longDate } from '../util/long-date.js';
import { drillRequirements, type Period, type Requirement } from '../plan/drill-requirements.js';

/** "2026-11-30" -> "2026-12-01": all-day events end the day after their last day. */
function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** Spans of months and terms show the window to hold the drill in; year counts show their deadline. */
function event(site: RegistrySite, r: Requirement, p: Period, year: string) {
  const command = `cssp drill add --site ${site.id} --type ${r.types[0]}`;
  const count = p.needed > 1 ? `${p.needed} ${r.label}s` : `${capital(r.label)}`;
  const summary = p.kind === 'year' ? `${count} due ${p.name.startsWith('by ') ? p.name : 'by the end of the school year'}: ${site.name}` : `${count} (${p.name}): ${site.name}`;
  const start = p.kind === 'year' ? p.end : p.start;
  return {
    id: `${year}-${site.id}-${r.ruleId}-${p.name.replace(/\W+/g, '-').toLowerCase()}@cssp`,
    allDay: true,
    start,
    end: nextDay(p.end),
    summary,
    description: `${capital(r.cadence)} (${r.citation}), between ${longDate(p.start)} and ${longDate(p.end)}. When it is held, log it: ${command}`,
    categories: [{ name: 'School safety drills' }],
  };
}

export function drillSchedule(input: { sites: readonly RegistrySite[]; config: DistrictConfig; calendar: Calendar; year: string; districtName: string }): { ics: string; events: number } {
  const cal = new ICalCalendar({ name: `${input.districtName}: required drills ${input.year}`, prodId: { company: 'cssp', product: 'cssp drill schedule' } });
  let events = 0;
  for (const site of input.sites) {
    const plan = { site: { level: site.level, grades: site.grades } } as PartialPlan;
    const reqs = drillRequirements(plan, input.config, input.calendar);
    const monthlyFire = reqs.some((r) => r.ruleId === 'fire-drill-frequency' && r.cadence === 'monthly');
    for (const r of reqs) {
      // A monthly fire drill sounds the alarm, so a separate alarm event would only repeat it.
      if (r.ruleId === 'fire-alarm-monthly' && monthlyFire) continue;
      for (const p of r.periods) {
        cal.createEvent(event(site, r, p, input.year));
        events++;
      }
    }
  }
  return { ics: cal.toString(), events };
}
