// A plan's stage is the furthest step reached; skipped steps before it are notes, never hidden.
import { describe, expect, it } from 'vitest';
import type { AgencyDelivery } from '../../src/plan/deliveries.js';
import type { PartialPlan } from '../../src/plan/partial-plan.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { planStage } from '../../src/status/stage.js';

const police = { agency: 'City PD', type: 'law-enforcement', date: '2026-10-01' } as const;
const fire = { agency: 'City FD', type: 'fire', date: '2026-10-02' } as const;
const ems = { agency: 'County EMS', type: 'ems', date: '2026-10-03' } as const;
const meeting = { publicMeeting: { date: '2027-01-20', location: 'Library' } };
const adoption = { adoption: { date: '2027-02-01' } };
const approval = { approval: { date: '2027-02-20' } };
const base: PartialPlan = { schoolYear: '2026-27' };
const withEms = { requiredAgencies: ['law-enforcement', 'fire', 'ems'] } as unknown as DistrictConfig;

const delivery = (agency: string, type: string, state: AgencyDelivery['state'], required = true): AgencyDelivery => ({ agency, type, consulted: required, required, state });
const allCurrent = [delivery('City PD', 'law-enforcement', 'current'), delivery('City FD', 'fire', 'unverified')];

const cases: { name: string; plan: PartialPlan | undefined; config?: DistrictConfig; agencies?: AgencyDelivery[]; stage: string; notes?: string[] }[] = [
  { name: 'no plan file', plan: undefined, stage: 'not-started' },
  { name: 'an empty plan', plan: base, stage: 'drafting' },
  { name: 'police only', plan: { ...base, consultations: [police] }, stage: 'drafting' },
  { name: 'police and fire', plan: { ...base, consultations: [police, fire] }, stage: 'consulted' },
  { name: 'police and fire, EMS required', plan: { ...base, consultations: [police, fire] }, config: withEms, stage: 'drafting' },
  { name: 'all three, EMS required', plan: { ...base, consultations: [police, fire, ems] }, config: withEms, stage: 'consulted' },
  { name: 'meeting held', plan: { ...base, consultations: [police, fire], ...meeting }, stage: 'meeting-held' },
  { name: 'meeting without consultations', plan: { ...base, ...meeting }, stage: 'meeting-held', notes: ['no consultation recorded with law enforcement or fire'] },
  { name: 'adopted', plan: { ...base, consultations: [police, fire], ...meeting, ...adoption }, stage: 'adopted' },
  { name: 'adopted without a meeting', plan: { ...base, consultations: [police, fire], ...adoption }, stage: 'adopted', notes: ['no public meeting recorded'] },
  { name: 'approved', plan: { ...base, consultations: [police, fire], ...meeting, ...adoption, ...approval }, stage: 'approved' },
  { name: 'approved but never adopted', plan: { ...base, consultations: [police, fire], ...meeting, ...approval }, stage: 'approved', notes: ['no adoption recorded'] },
  { name: 'distributed', plan: { ...base, consultations: [police, fire], ...meeting, ...adoption, ...approval }, agencies: allCurrent, stage: 'distributed' },
  {
    name: 'distributed before approval',
    plan: { ...base, consultations: [police, fire], ...meeting, ...adoption },
    agencies: allCurrent,
    stage: 'distributed',
    notes: ['no district approval recorded'],
  },
  {
    name: 'one consulted agency holds an old version',
    plan: { ...base, consultations: [police, fire], ...meeting, ...adoption, ...approval },
    agencies: [allCurrent[0]!, delivery('City FD', 'fire', 'changed')],
    stage: 'approved',
  },
  {
    name: 'the district office is not owed the plan',
    plan: { ...base, consultations: [police, fire], ...meeting, ...adoption, ...approval },
    agencies: [...allCurrent, delivery('District office', 'district', 'none', false)],
    stage: 'distributed',
  },
  { name: 'deliveries without adoption do not distribute', plan: { ...base, consultations: [police, fire], ...meeting }, agencies: allCurrent, stage: 'meeting-held' },
  {
    name: "last year's adoption date",
    plan: { ...base, consultations: [police, fire], adoption: { date: '2026-02-01' } },
    stage: 'consulted',
    notes: ["the adoption date 2026-02-01 is before this school year's plan cycle"],
  },
];

describe('planStage', () => {
  it.each(cases)('$name: $stage', ({ plan, config, agencies, stage, notes }) => {
    const result = planStage({ plan, config, agencies: agencies ?? [] });
    expect(result.stage).toBe(stage);
    expect(result.notes).toEqual(notes ?? []);
  });

  // A meeting scheduled for after today is planned, not held (cssp status once said "meeting held").
  it('a meeting dated after today is planned, not held', () => {
    const planned = planStage({ plan: { ...base, consultations: [police, fire], publicMeeting: { date: '2027-02-10', location: 'Library' } }, config: undefined, agencies: [], asOf: '2026-12-04' });
    expect(planned.stage).toBe('consulted');
    expect(planned.notes).toEqual(['public meeting planned for 2027-02-10']);
    const held = planStage({ plan: { ...base, consultations: [police, fire], publicMeeting: { date: '2027-02-10', location: 'Library' } }, config: undefined, agencies: [], asOf: '2027-02-10' });
    expect(held.stage).toBe('meeting-held');
  });

  it('reports the dates it found', () => {
    const result = planStage({ plan: { ...base, ...meeting, ...adoption, ...approval }, config: undefined, agencies: [] });
    expect(result).toMatchObject({ meeting: '2027-01-20', adoption: '2027-02-01', approval: '2027-02-20' });
  });
});
