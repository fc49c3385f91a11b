// What a newly logged drill counts toward, in the words a principal uses: "October fire drill for
// Bayside Elementary School: monthly requirement met (EC 32001; 5 CCR 550)".
import type { DrillType } from '../plan/drills.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import type { Calendar, DistrictConfig } from '../plan/types.generated.js';
import { drillRequirements, heldIn } from '../plan/drill-requirements.js';

export interface CreditInput {
  plan: PartialPlan | undefined;
  config: DistrictConfig | undefined;
  calendar: Calendar;
  siteName: string;
  type: DrillType;
  date: string;
  /** Today: drills logged later in the same period count too. */
  asOf: string;
}

const capital = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** One line per requirement the drill counts toward; the plan is the one with the drill in it. */
export function creditLines(input: CreditInput): string[] {
  const { plan, calendar, siteName, type, date } = input;
  const out: string[] = [];
  for (const r of drillRequirements(plan, input.config, calendar)) {
    if (!r.types.includes(type)) continue;
    for (const p of r.periods.filter((period) => date >= period.start && date <= period.end)) {
      const held = heldIn(plan, calendar, date > input.asOf ? date : input.asOf, r, p);
      if (p.kind === 'year') {
        const when = p.name === 'the school year' ? 'this school year' : p.name;
        out.push(`${capital(r.label)}s ${when} for ${siteName}: ${held} logged of ${p.needed} needed${held >= p.needed ? ', requirement met' : ''} (${r.citation})`);
      } else {
        const met = held > 1 ? `requirement already met (${held} logged in ${p.name})` : 'requirement met';
        out.push(`${p.name} ${r.label} for ${siteName}: ${r.cadence} ${met} (${r.citation})`);
      }
    }
  }
  if (out.length === 0) out.push(`${capital(type)} drill for ${siteName} logged; no state or district frequency applies to ${type} drills.`);
  return out;
}
