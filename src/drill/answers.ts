// What `cssp drill add` needs to know, from flags or, on a terminal, from prompts. Nothing is
// written until every answer is in, so Ctrl+C at any prompt leaves the plan as it was.
import { UsageError } from '../errors.js';
import { askConfirm, askSelect, askText } from '../io/prompts.js';
import { armedAssailantTypes, type DrillType } from '../plan/drills.js';
import type { District } from '../district/save.js';
import type { Drill, RegistrySite } from '../plan/types.generated.js';
import * as v from '../plan/drill-answers.js';

export interface DrillAddFlags {
  site?: string;
  type?: string;
  date?: string;
  time?: string;
  duration?: string;
  evacuationSeconds?: string;
  participants?: string;
  conductedBy?: string;
  observer?: string[];
  notes?: string;
  year?: string;
  parentNoticeBefore?: string;
  parentNoticeAfter?: string;
  startAnnouncement?: boolean;
  ageAppropriate?: boolean;
  supportResources?: boolean;
  simulatedGunfire?: boolean;
}

export interface Where {
  site: RegistrySite;
  type: DrillType;
  date: string;
  year: string;
}

interface Ctx {
  interactive: boolean;
  today: string;
}

const EXAMPLE = 'cssp drill add --site lincoln-elementary --type fire --date 2026-11-14 --time 09:40 --conducted-by "Dana Lee, Principal"';

const check = (result: true | string, flag: string) => {
  if (result !== true) throw new UsageError(`${flag}: ${result}`);
};

/** A flag's value (checked), a prompt's answer, or, without a terminal, a usage error naming the flag. */
async function answer(flag: string | undefined, name: string, ctx: Ctx, ask: () => Promise<string>, validate?: v.Check): Promise<string> {
  if (flag !== undefined) {
    if (validate) check(validate(flag), name);
    return flag.trim();
  }
  if (!ctx.interactive) throw new UsageError(`cssp drill add cannot ask (there is no terminal), and ${name} was not given.`, `For example:\n  ${EXAMPLE}`);
  return (await ask()).trim();
}

/** Site, type, date and school year: enough to find the plan. */
export async function askWhere(flags: DrillAddFlags, district: District, ctx: Ctx): Promise<Where> {
  const { config } = district;
  const active = config.sites.filter((s) => s.active !== false);
  const siteId = await answer(flags.site, '--site', ctx, () =>
    askSelect({ message: 'Which site?', choices: active.map((s) => ({ name: `${s.name} (${s.id})`, value: s.id })) }));
  const site = config.sites.find((s) => s.id === siteId);
  if (!site) throw new UsageError(`--site ${siteId} is not in the site registry of cssp.config.yaml.`, `Sites: ${active.map((s) => s.id).join(', ')}.`);
  const type = (await answer(flags.type, '--type', ctx, () => askSelect({ message: 'Which drill?', choices: v.DRILL_TYPES }), v.validateType)) as DrillType;
  const validDate = v.validateDate(ctx.today);
  const date = await answer(flags.date, '--date', ctx, () => askText({ message: 'Date held (YYYY-MM-DD)?', default: ctx.today, validate: validDate }), validDate);
  const year = flags.year ?? v.yearOfDate(date, config);
  check(v.validateInYear(date, year, config), '--date');
  return { site, type, date, year };
}

/** The rest of the record; `lastConductedBy` is offered as the default. */
export async function askRecord(flags: DrillAddFlags, where: Where, district: District, ctx: Ctx & { lastConductedBy?: string }): Promise<Drill> {
  const ask = ctx.interactive;
  const time = (await answer(flags.time, '--time', ctx, () => askText({ message: 'Start time (for example 09:40 or 10:15 AM)?', validate: v.validateTime }), v.validateTime));
  const duration = flags.duration ?? (ask ? await askText({ message: 'Duration in minutes (Enter to skip)?', validate: v.validateMinutes }) : '');
  check(v.validateMinutes(duration), '--duration');
  const evacuating = where.type === 'fire' || where.type === 'evacuation';
  const seconds = flags.evacuationSeconds ?? (ask && evacuating ? await askText({ message: 'Time to clear the buildings, minutes:seconds (for example 4:30; Enter to skip)?', validate: v.validateSeconds }) : '');
  check(v.validateSeconds(seconds), '--evacuation-seconds');
  // Asked where the drill log records it (drill-record-fields looks for it after a fire or evacuation drill).
  const participants = flags.participants ?? (ask && evacuating ? await askText({ message: 'How many people took part or were evacuated (Enter to skip)?', validate: v.validateCount }) : '');
  check(v.validateCount(participants), '--participants');
  const conductedBy = await answer(flags.conductedBy, '--conducted-by', ctx, () =>
    askText({ message: 'Conducted by (name and title)?', default: ctx.lastConductedBy, validate: v.validateName }), v.validateName);
  const observers = flags.observer ?? (ask ? (await askText({ message: 'Outside observers (separate with ;, Enter for none)?' })).split(';') : []);
  const notes = flags.notes ?? (ask ? await askText({ message: 'Notes (Enter to skip; no pupil names)?' }) : '');
  const drill: Drill = v.drillRecord({ type: where.type, date: where.date, time, duration, evacuation: seconds, participants, conductedBy, observers, notes });
  if (armedAssailantTypes(district.config).includes(where.type)) drill.armedAssailant = await askAb1858(flags, where, ask);
  return drill;
}

const AB1858_FLAGS = ['--parent-notice-before <date>', '--parent-notice-after <date>', '--start-announcement', '--age-appropriate', '--support-resources', '--no-simulated-gunfire'];

/** The AB 1858 record; without a terminal every field must come by flag, since a guess would be a false record. */
async function askAb1858(flags: DrillAddFlags, where: Where, ask: boolean): Promise<NonNullable<Drill['armedAssailant']>> {
  const given = [flags.parentNoticeBefore, flags.parentNoticeAfter, flags.startAnnouncement, flags.ageAppropriate, flags.supportResources, flags.simulatedGunfire];
  if (!ask && given.some((g) => g === undefined)) {
    const what = where.type === 'lockdown' ? 'A lockdown drill is an armed-assailant drill under district policy (drillPolicy.lockdownAsArmedAssailant)' : 'An armed-assailant drill';
    throw new UsageError(
      `${what} records the AB 1858 steps, and cssp cannot ask for them (there is no terminal).`,
      `Give: ${AB1858_FLAGS.filter((_, i) => given[i] === undefined).join(' ')}\n(--simulated-gunfire and --no-start-announcement and the like record a step that was not followed; the log stays truthful.)`,
    );
  }
  const date = (value: string | undefined, flag: string, message: string, fallback?: string) => {
    if (value === undefined) return askText({ message, default: fallback, validate: v.validateOptionalDate });
    check(v.validateOptionalDate(value), flag);
    return value;
  };
  const yes = (value: boolean | undefined, message: string, fallback: boolean) => (value !== undefined ? value : askConfirm({ message, default: fallback }));
  const before = (await date(flags.parentNoticeBefore, '--parent-notice-before', 'Date parents were told of the drill beforehand (YYYY-MM-DD)?')).trim();
  const after = (await date(flags.parentNoticeAfter, '--parent-notice-after', 'Date parents were told it had taken place (YYYY-MM-DD)?', where.date)).trim();
  return {
    ...(before ? { parentNoticeBefore: before } : {}),
    ...(after ? { parentNoticeAfter: after } : {}),
    startAnnouncement: await yes(flags.startAnnouncement, 'A schoolwide announcement at the start said it was a drill?', true),
    ageAppropriate: await yes(flags.ageAppropriate, 'Was the drill age-appropriate?', true),
    supportResources: await yes(flags.supportResources, 'Were support resources shared afterwards?', true),
    simulatedGunfire: await yes(flags.simulatedGunfire, 'Was gunfire simulated (AB 1858 forbids it)?', false),
  };
}
