// A plan's stage: the furthest step it has reached, with the earlier steps it skipped said
// plainly, so "adopted" never hides a missing public meeting.
import { agencySeverity, RESPONDER_AGENCIES } from '../plan/agencies.js';
import { adoptedOn } from '../plan/deadlines.js';
import { holdsCurrentPlan } from '../plan/deliveries.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import { planCycle } from '../plan/plan-cycle.js';
import { schoolYearOf } from '../plan/school-year.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import { isoDateOf } from '../util/iso-date.js';
import type { AgencyStatus, Stage } from './types.js';

export interface StageInput {
  plan: PartialPlan | undefined;
  config: DistrictConfig | undefined;
  agencies: readonly AgencyStatus[];
  /** Today for the report: a meeting dated after it is planned, not held. */
  asOf?: string;
}

export interface StageResult {
  stage: Stage;
  notes: string[];
  meeting?: string;
  adoption?: string;
  approval?: string;
}

/** The responder types the district requires consulted: law enforcement and fire, EMS when requiredAgencies lists it. */
function missingConsultations(plan: PartialPlan, config: DistrictConfig | undefined): string[] {
  const list = Array.isArray(plan.consultations) ? plan.consultations : [];
  const types = new Set(list.map((c) => c?.type));
  return RESPONDER_AGENCIES.filter((a) => agencySeverity(a.type, config) === 'error' && !types.has(a.type)).map((a) => a.type);
}

/** The adoption date when it belongs to this school year's plan cycle (an older one adopts last year's plan). */
function adoptionThisYear(plan: PartialPlan, config: DistrictConfig | undefined): { date?: string; stale?: string } {
  const date = adoptedOn(plan);
  const year = schoolYearOf(plan.schoolYear);
  if (date && year && date < planCycle(year, config).start) return { stale: date };
  return { date };
}

export function planStage({ plan, config, agencies, asOf }: StageInput): StageResult {
  if (!plan) return { stage: 'not-started', notes: [] };
  const missing = missingConsultations(plan, config);
  const meeting = isoDateOf(plan.publicMeeting?.date);
  const { date: adoption, stale } = adoptionThisYear(plan, config);
  const approval = isoDateOf(plan.approval?.date);
  const owed = agencies.filter((a) => a.required || a.consulted);
  const distributed = adoption !== undefined && owed.length > 0 && owed.every(holdsCurrentPlan);
  const reached: [Stage, boolean][] = [
    ['consulted', missing.length === 0],
    ['meeting-held', meeting !== undefined && (asOf === undefined || meeting <= asOf)],
    ['adopted', adoption !== undefined],
    ['approved', approval !== undefined],
    ['distributed', distributed],
  ];
  const furthest = reached.reduce<number>((best, [, ok], i) => (ok ? i : best), -1);
  const stage = furthest < 0 ? 'drafting' : reached[furthest]![0];
  const notes: string[] = [];
  // Only steps before the furthest one are gaps; steps after it are simply still to come.
  const before = (s: Stage) => reached.findIndex(([name]) => name === s) < furthest;
  if (before('consulted') && missing.length) notes.push(`no consultation recorded with ${missing.map(agencyWord).join(' or ')}`);
  if (before('meeting-held') && !meeting) notes.push('no public meeting recorded');
  if (before('adopted') && !adoption) notes.push('no adoption recorded');
  if (before('approved') && !approval) notes.push('no district approval recorded');
  if (stale) notes.push(`the adoption date ${stale} is before this school year's plan cycle`);
  if (meeting && asOf && meeting > asOf) notes.push(`public meeting planned for ${meeting}`);
  return { stage, notes, meeting, adoption, approval };
}

const agencyWord = (type: string): string => (type === 'law-enforcement' ? 'law enforcement' : type === 'ems' ? 'EMS' : type);
