// districtStatus: one row per active registry site (no plan is a row), strays marked, inactive
// sites counted; past a deadline from the deadline and drill rules' findings; exit 1 then.
import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../../src/plan/calendar.js';
import type { DistrictConfig } from '../../src/plan/types.generated.js';
import { districtStatus, statusExitCode, type PlanInput, type StatusInput } from '../../src/status/site-status.js';
import type { Finding } from '../../src/status/types.js';

const config = {
  schemaVersion: 1,
  district: { name: 'Test USD', cdsCode: '99-99999' },
  sites: [
    { id: 'alpha', name: 'Alpha Elementary', level: 'elementary', grades: 'K-5' },
    { id: 'beta', name: 'Beta Middle', level: 'middle', grades: '6-8' },
    { id: 'closed', name: 'Closed School', level: 'elementary', grades: 'K-5', active: false },
  ],
} as DistrictConfig;

const finding = (ruleId: string, severity: Finding['severity'] = 'error', message = `${ruleId} says so`): Finding => ({ ruleId, severity, message, line: 1, column: 1 });

const alpha = (over: Partial<PlanInput> = {}): PlanInput => ({
  siteId: 'alpha',
  file: '2026-27/alpha.yaml',
  plan: { schoolYear: '2026-27', site: { level: 'elementary', grades: 'K-5' } },
  findings: [],
  agencies: [],
  ...over,
});

function status(asOf: string, plans: PlanInput[], registry = new Map<string, Finding[]>()) {
  const input: StatusInput = { schoolYear: '2026-27', asOf, config, calendar: defaultCalendar('2026-27'), plans, registryFindings: registry };
  return districtStatus(input);
}

describe('districtStatus', () => {
  it('one row per active site, a site with no plan too; inactive ones counted, not shown', () => {
    const report = status('2026-11-23', [alpha()]);
    expect(report.sites.map((r) => [r.id, r.stage])).toEqual([['alpha', 'drafting'], ['beta', 'not-started']]);
    expect(report.summary).toMatchObject({ sites: 2, inactive: 1, unregistered: 0, pastDeadline: 0 });
    expect(report.summary.byStage).toMatchObject({ drafting: 1, 'not-started': 1 });
    expect(statusExitCode(report)).toBe(0);
  });

  it('days to March 1 count down, and go negative after it', () => {
    expect(status('2026-11-23', [alpha()]).sites[0]!.daysLeft).toBe(98);
    expect(status('2027-03-15', [alpha()]).sites[0]).toMatchObject({ deadline: '2027-03-01', daysLeft: -14 });
    expect(status('2026-11-23', []).sites[1]!.daysLeft).toBe(98);
  });

  it('days to March 1 are not shown once adopted', () => {
    const adopted = alpha({ plan: { schoolYear: '2026-27', adoption: { date: '2027-02-01' } } });
    expect(status('2027-03-15', [adopted]).sites[0]!.daysLeft).toBeUndefined();
  });

  it('a plan the registry does not list is a row, marked so', () => {
    const stray = alpha({ siteId: 'gamma', file: '2026-27/gamma.yaml', plan: { schoolYear: '2026-27', site: { name: 'Gamma Academy' } } });
    const report = status('2026-11-23', [alpha(), stray]);
    expect(report.sites.at(-1)).toMatchObject({ id: 'gamma', name: 'Gamma Academy', registered: false, notes: ['not in the registry'] });
    expect(report.summary.unregistered).toBe(1);
  });

  it('a plan file that is not readable YAML is still drafting', () => {
    expect(status('2026-11-23', [alpha({ plan: undefined, findings: [finding('yaml-syntax')] })]).sites[0]).toMatchObject({ stage: 'drafting', errors: 1 });
  });

  it.each([
    ['an adoption-deadline error', [finding('adoption-deadline')], 1],
    ['an overdue drill', [finding('fire-alarm-monthly')], 1],
    ['an overdue drill the district made a warning', [finding('earthquake-drill-frequency', 'warning')], 1],
    ['the adoption deadline only coming up (info)', [finding('adoption-deadline', 'info')], 0],
    ['a missing approval (a warning, not a deadline)', [finding('district-approval', 'warning')], 0],
    ['another error', [finding('committee-composition')], 0],
  ])('past a deadline with %s: exit %i', (_name, findings, code) => {
    const report = status('2027-03-15', [alpha({ findings })]);
    expect(statusExitCode(report)).toBe(code);
    expect(report.sites[0]!.pastDeadline).toHaveLength(code);
  });

  it('a site with no plan after March 1 is past the deadline through district-coverage', () => {
    const registry = new Map([['beta', [finding('district-coverage', 'error', 'Beta Middle (`beta`) has no plan for 2026-27')]]]);
    const report = status('2027-03-15', [alpha()], registry);
    expect(report.sites[1]).toMatchObject({ id: 'beta', stage: 'not-started', errors: 1, pastDeadline: ['Beta Middle (`beta`) has no plan for 2026-27'] });
    expect(statusExitCode(report)).toBe(1);
  });

  it('drills: overdue from the rules, periods met from the requirements', () => {
    const plan = { schoolYear: '2026-27', site: { level: 'elementary' as const, grades: 'K-5' }, drills: [{ type: 'fire' as const, date: '2026-08-20' }] };
    const row = status('2026-10-01', [alpha({ plan, findings: [finding('fire-drill-frequency')] })]).sites[0]!;
    expect(row.drills).toMatchObject({ state: 'overdue', overdue: ['fire-drill-frequency says so'], logged: 1 });
    // August and September, for fire alarms and fire drills: August met by the one fire drill.
    expect(row.drills.periodsEnded).toBe(4);
    expect(row.drills.periodsMet).toBe(2);
    expect(status('2026-11-23', []).sites[0]!.drills.state).toBe('none');
  });
});
