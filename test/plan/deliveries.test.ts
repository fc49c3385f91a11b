import { describe, expect, it } from 'vitest';
import { agencyDeliveries, holdsCurrentPlan, type DeliveryEdition } from '../../src/plan/deliveries.js';
import type { PartialPlan } from '../../src/plan/partial-plan.js';

const police = { agency: 'Harbor City Police Department', type: 'law-enforcement', date: '2026-10-01' };
const fire = { agency: 'Harbor City Fire Department', type: 'fire', date: '2026-10-02' };
const printed: Record<DeliveryEdition, string> = { responder: 'aaaaaaaaaaaa', public: 'bbbbbbbbbbbb', full: 'cccccccccccc', family: 'ffffffffffff' };
const now = (e: DeliveryEdition) => printed[e];
const plan = (extra: object): PartialPlan => ({ version: '2026-27.1', adoption: { date: '2027-02-10' }, consultations: [police, fire], ...extra }) as PartialPlan;
const sent = (over: object) => ({ agency: police.agency, type: 'law-enforcement', edition: 'responder', version: '2026-27.1', date: '2027-02-12', ...over });
const stateOfPolice = (distribution: object[], p: object = {}) => agencyDeliveries(plan({ distribution, ...p }), undefined, now).find((d) => d.type === 'law-enforcement')!;

describe('agencyDeliveries', () => {
  it.each([
    ['nothing sent', [], 'none'],
    ['the hash printed now', [sent({ contentHash: printed.responder })], 'current'],
    ['an older hash', [sent({ contentHash: '000000000000' })], 'changed'],
    ['the full edition, judged by its own hash', [sent({ edition: 'full', contentHash: printed.full })], 'current'],
    ['no hash, same version', [sent({})], 'unverified'],
    ['no hash, another version', [sent({ version: '2025-26.2' })], 'old-version'],
    ['no hash, before adoption', [sent({ date: '2027-01-05' })], 'before-adoption'],
    ['only the public edition', [sent({ edition: 'public', contentHash: printed.public })], 'public-only'],
    ['the latest delivery decides', [sent({ contentHash: printed.responder, date: '2027-02-12' }), sent({ contentHash: '000000000000', date: '2027-03-01' })], 'changed'],
    ['a later public copy does not hide the responder copy', [sent({ contentHash: printed.responder }), sent({ edition: 'public', date: '2027-04-01' })], 'current'],
    ['agency names compared loosely', [sent({ agency: ' harbor city  police department', contentHash: printed.responder })], 'current'],
  ])('%s', (_name, distribution, state) => {
    expect(stateOfPolice(distribution).state).toBe(state);
  });

  it('lists consulted agencies, the required types nobody consulted, and anyone else sent the plan', () => {
    const rows = agencyDeliveries(plan({
      consultations: [police],
      distribution: [sent({ contentHash: printed.responder }), { agency: 'Harbor Vista USD Safety Office', type: 'district', edition: 'full', date: '2027-02-12', contentHash: printed.full }],
    }), undefined, now);
    expect(rows.map((r) => [r.agency, r.consulted, r.required, r.state])).toEqual([
      ['Harbor City Police Department', true, true, 'current'],
      ['the fire department', false, true, 'none'],
      ['Harbor Vista USD Safety Office', false, false, 'current'],
    ]);
    expect(rows.map(holdsCurrentPlan)).toEqual([true, false, true]);
  });

  it('EMS is required when consulted or when the district requires it', () => {
    const types = (p: PartialPlan, ems: boolean) => agencyDeliveries(p, ems ? ({ requiredAgencies: ['ems'] } as never) : undefined, now).map((r) => r.type);
    expect(types(plan({}), false)).toEqual(['law-enforcement', 'fire']);
    expect(types(plan({}), true)).toEqual(['law-enforcement', 'fire', 'ems']);
    expect(types(plan({ consultations: [police, fire, { agency: 'County EMS', type: 'ems', date: '2026-10-03' }] }), false)).toEqual(['law-enforcement', 'fire', 'ems']);
  });

  it('without a hash for the plan (it has errors), a recorded hash cannot be compared', () => {
    const rows = agencyDeliveries(plan({ distribution: [sent({ contentHash: '000000000000' })] }), undefined, () => undefined);
    expect(rows[0]!.state).toBe('unverified');
  });
});

describe('agencyDeliveries cost', () => {
  it('asks for what an edition prints only when a delivery recorded a hash', () => {
    let asked = 0;
    const counting = (e: DeliveryEdition) => (asked++, printed[e]);
    agencyDeliveries(plan({ distribution: [sent({}), sent({ agency: fire.agency, type: 'fire' })] }), undefined, counting);
    expect(asked).toBe(0);
    agencyDeliveries(plan({ distribution: [sent({ contentHash: printed.responder })] }), undefined, counting);
    expect(asked).toBe(1);
  });
});
