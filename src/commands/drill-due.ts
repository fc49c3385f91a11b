// cssp drill due: per site, what is overdue (the frequency rules' own findings, with their
// citations), what is due now and what comes next (src/drill/requirements.ts). Exit 1 when
// anything is overdue, so a scheduled CI job can alert.
import { pickYear, readPlans } from '../drill/log.js';
import { drillRequirements, heldIn } from '../plan/drill-requirements.js';
import { calendarOf } from '../plan/drill-answers.js';
import type { Io } from '../io/std.js';
import { checkPlanText } from '../district/save.js';
import { today } from '../util/iso-date.js';
import { longDate } from '../util/long-date.js';
import { districtAt } from './drill-list.js';

export interface DrillDueOptions {
  site?: string;
  year?: string;
  asOf?: string;
  root?: string;
}

const DRILL_RULES = new Set(['fire-alarm-monthly', 'fire-drill-frequency', 'earthquake-drill-frequency', 'lockdown-drill-frequency']);

export function runDrillDue(opts: DrillDueOptions, io: Io): number {
  const district = districtAt(io, opts.root);
  const asOf = opts.asOf ?? today();
  const year = pickYear(district, opts.year, asOf);
  const calendar = calendarOf(year, district.config);
  const { plans, problems } = readPlans(district, year, opts.site);
  problems.forEach((p) => io.stderr(`${p}\n`));
  let overdue = 0;
  const out: string[] = [`Drills due as of ${longDate(asOf)} (${year}):`];
  for (const p of plans) {
    out.push('', p.site.name);
    const findings = checkPlanText(p.file, p.text, district, asOf).filter((d) => DRILL_RULES.has(d.ruleId));
    for (const d of findings) out.push(`  overdue ${d.message} (${d.citation ?? d.ruleId})`);
    overdue += findings.length;
    for (const r of drillRequirements(p.plan, district.config, calendar)) {
      const open = r.periods.find((period) => period.end >= asOf && heldIn(p.plan, calendar, asOf, r, period) < period.needed);
      if (!open) continue;
      const more = open.needed - heldIn(p.plan, calendar, asOf, r, open);
      const count = open.needed > 1 ? `${more} more ${r.label}${more === 1 ? '' : 's'}` : `${/^[aeiou]/.test(r.label) ? 'an' : 'a'} ${r.label}`;
      const place = open.kind === 'year' ? (open.name.startsWith('by ') ? ` (${open.name.slice(3)})` : '') : ` in ${open.name}`;
      const when = open.start <= asOf
        ? `due     ${count}${open.kind === 'year' ? ` by ${longDate(open.end)}${place}` : `${place}, by ${longDate(open.end)}`}`
        : `next    ${count}${place} (${longDate(open.start)} to ${longDate(open.end)})`;
      out.push(`  ${when} (${r.cadence}; ${r.citation})`);
    }
    if (out.at(-1) === p.site.name) out.push('  nothing due: every requirement of the school year is met so far.');
  }
  io.stdout(`${out.join('\n')}\n`);
  return overdue > 0 ? 1 : 0;
}
