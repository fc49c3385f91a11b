// The core of `cssp status`: plans' data, their check findings and the registry in; one row per
// site out. Pure: the command reads the files and runs the checks.
import { adoptionDeadline } from '../plan/deadlines.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import type { Calendar, DistrictConfig } from '../plan/types.generated.js';
import { daysBetween } from '../util/iso-date.js';
import { drillMonths, DRILL_RULES, siteDrills } from './drills.js';
import { planStage } from './stage.js';
import { STAGES, type AgencyStatus, type Finding, type SiteStatus, type Stage, type StatusReport, type TranslationStatus } from './types.js';

/** Rules whose error means the deadline itself has passed (EC 32286(a)); drill rules count at any severity. */
const DEADLINE_RULES = new Set(['adoption-deadline', 'district-coverage']);

export interface PlanInput {
  /** The site id the file's name gives. */
  siteId: string;
  /** The plan file from the district folder, for display. */
  file: string;
  plan: PartialPlan | undefined;
  findings: Finding[];
  agencies: AgencyStatus[];
  /** The family edition in each language EC 48985 requires of the site: current, stale or missing. */
  translations?: TranslationStatus[];
}

export interface StatusInput {
  schoolYear: string;
  asOf: string;
  config: DistrictConfig;
  calendar: Calendar;
  plans: readonly PlanInput[];
  /** Findings district rules report against the registry, by site id (a plan not started). */
  registryFindings: ReadonlyMap<string, Finding[]>;
}

const count = (findings: readonly Finding[], severity: Finding['severity']) => findings.filter((f) => f.severity === severity).length;

function pastDeadline(findings: readonly Finding[]): string[] {
  return findings
    .filter((f) => (DEADLINE_RULES.has(f.ruleId) && f.severity === 'error') || DRILL_RULES.has(f.ruleId))
    .map((f) => (DRILL_RULES.has(f.ruleId) ? `drill overdue: ${f.message}` : f.message));
}

function siteRow(input: StatusInput, id: string, name: string, registered: boolean, p: PlanInput | undefined): SiteStatus {
  const findings = [...(input.registryFindings.get(id) ?? []), ...(p?.findings ?? [])];
  const plan = p?.plan;
  // A file that is not readable YAML is still a plan being drafted.
  const staged = planStage({ plan: p ? (plan ?? {}) : undefined, config: input.config, agencies: p?.agencies ?? [], asOf: input.asOf });
  const deadline = adoptionDeadline(plan && typeof plan.schoolYear === 'string' ? plan : { schoolYear: input.schoolYear })?.date;
  const notes = registered ? staged.notes : ['not in the registry', ...staged.notes];
  return {
    id,
    name,
    registered,
    ...(p ? { file: p.file } : {}),
    stage: staged.stage,
    notes,
    errors: count(findings, 'error'),
    warnings: count(findings, 'warning'),
    findings,
    drills: siteDrills(plan, input.config, input.calendar, input.asOf, findings),
    meeting: staged.meeting,
    adoption: staged.adoption,
    approval: staged.approval,
    deadline,
    daysLeft: deadline && !staged.adoption ? daysBetween(input.asOf, deadline) : undefined,
    agencies: p?.agencies ?? [],
    translations: p?.translations ?? [],
    pastDeadline: pastDeadline(findings),
  };
}

export function districtStatus(input: StatusInput): StatusReport {
  const byId = new Map(input.plans.map((p) => [p.siteId, p]));
  const active = input.config.sites.filter((s) => s.active !== false);
  const known = new Set(input.config.sites.map((s) => s.id));
  const rows = active.map((s) => siteRow(input, s.id, s.name, true, byId.get(s.id)));
  const strays = input.plans.filter((p) => !known.has(p.siteId)).sort((a, b) => a.siteId.localeCompare(b.siteId));
  for (const p of strays) rows.push(siteRow(input, p.siteId, typeof p.plan?.site?.name === 'string' ? p.plan.site.name : p.siteId, false, p));
  const byStage = Object.fromEntries(STAGES.map((s) => [s, rows.filter((r) => r.stage === s).length])) as Record<Stage, number>;
  return {
    schoolYear: input.schoolYear,
    asOf: input.asOf,
    district: input.config.district.name,
    sites: rows,
    drillMonths: drillMonths(rows.map((r) => byId.get(r.id)?.plan), input.config, input.calendar, input.asOf),
    summary: {
      sites: rows.length,
      byStage,
      pastDeadline: rows.filter((r) => r.pastDeadline.length > 0).length,
      errors: rows.reduce((n, r) => n + r.errors, 0),
      warnings: rows.reduce((n, r) => n + r.warnings, 0),
      inactive: input.config.sites.length - active.length,
      unregistered: strays.length,
    },
  };
}

/** Exit 1 when any site is past a deadline, an overdue drill included. */
export const statusExitCode = (report: StatusReport): number => (report.summary.pastDeadline > 0 ? 1 : 0);
