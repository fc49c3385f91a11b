// The check pipeline for one plan: loader problems -> JSON Schema -> rules, as one Diagnostic list.
import type { ImageSize } from '../util/image-size.js';
import { isInside, type DistrictFileStatus } from '../util/files.js';
import { dirname, isAbsolute, resolve } from 'node:path';
import { schoolYearOf } from '../plan/school-year.js';
import type { SourceFile } from '../plan/source.js';
import type { Translation } from '../plan/translations.js';
import type { DistrictConfig, Plan } from '../plan/types.generated.js';
import { formatMessage } from './messages.js';
import type { CheckMeta, Finding, PlanContext, PlanRule, RuleMeta } from '../rules/types.js';
import type { Edition } from '../edition/view.js';
import { makeDiagnostic, type Diagnostic } from '../diagnostic.js';
import { validatePlan, type Validator } from './validators.js';
import { planCalendar } from './plan-calendar.js';
import { reduceSchemaErrors } from './schema-errors.js';
import { effectiveSeverity } from './severity.js';
import { isBlocking } from './usable.js';

export interface PlanCheckOptions {
  asOf: string;
  config: DistrictConfig | undefined;
  /** The district root (folder of cssp.config.yaml); standards/ lives here. */
  root: string;
  rules: readonly PlanRule[];
  fileExists: (absolutePath: string) => boolean;
  /** Where a path the plan names leads (inside the district, a regular file); from fileExists when absent. */
  fileStatus?: (absolutePath: string) => DistrictFileStatus;
  /** A map image's size (only for files inside the district); none when absent. */
  mapSize?: (absolutePath: string) => ImageSize | undefined;
  /** What each edition of a valid plan prints, as a content hash (reads standards and maps). */
  printedHashes?: (plan: Plan, file: string) => (edition: Edition) => string;
  /** The stored translation of a plan's family edition (plan file, language). */
  translationOf?: (file: string, lang: string) => Translation | undefined;
  /** Told when a rule asks about a path outside `root` (the results cache watches only the district folder). */
  onOutsidePath?: () => void;
  /** Tests: let a rule's exception escape instead of becoming a diagnostic. */
  rethrow?: boolean;
}

/** Applies config severity overrides; drops diagnostics whose rule is off. */
export function applyOverrides(diagnostics: Diagnostic[], config: DistrictConfig | undefined): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of diagnostics) {
    const severity = effectiveSeverity(d.ruleId, d.severity, config);
    if (severity !== 'off') out.push(severity === d.severity ? d : { ...d, severity });
  }
  return out;
}

export function findingToDiagnostic(source: SourceFile, meta: RuleMeta, finding: Finding): Diagnostic {
  return makeDiagnostic(source.file, source.rangeOf(finding.path), {
    ruleId: meta.id,
    severity: finding.severity ?? meta.severity,
    message: formatMessage(meta, finding),
    citation: meta.citation,
    hint: finding.hint,
    messageId: finding.messageId,
    data: finding.data,
    path: finding.path,
  });
}

/** What to say about an empty file: a plan and the district config are started differently. */
export interface EmptyFileAdvice {
  message: string;
  hint: string;
}

const EMPTY_PLAN: EmptyFileAdvice = {
  message: 'The file is empty.',
  hint: "Start from last year's plan for the site: copy it into this year's folder and update it.",
};

export function schemaDiagnostics(source: SourceFile, validate: Validator, empty = EMPTY_PLAN): Diagnostic[] {
  if (source.data === undefined || source.data === null) {
    if (source.diagnostics.some((d) => d.severity === 'error')) return [];
    return [makeDiagnostic(source.file, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, {
      ruleId: 'schema', severity: 'error', ...empty,
    })];
  }
  if (validate(source.data)) return [];
  return reduceSchemaErrors(validate.errors ?? []).map((f) =>
    makeDiagnostic(source.file, source.rangeOf(f.path, f.onKey), { ruleId: 'schema', severity: 'error', message: f.message, hint: f.hint, path: f.path }),
  );
}

/**
 * Whether `relative` exists under `dir`, remembered per (dir, relative) for each fileExists: every
 * plan names the same standards and maps, and resolving each path again was 5% of a warm check.
 */
const existing = new WeakMap<(file: string) => boolean, Map<string, Map<string, boolean>>>();
function existsUnder(fileExists: (file: string) => boolean, dir: string, relative: string): boolean {
  let dirs = existing.get(fileExists);
  if (!dirs) existing.set(fileExists, (dirs = new Map<string, Map<string, boolean>>()));
  let names = dirs.get(dir);
  if (!names) dirs.set(dir, (names = new Map<string, boolean>()));
  let found = names.get(relative);
  if (found === undefined) names.set(relative, (found = fileExists(resolve(dir, relative))));
  return found;
}

export function checkPlan(source: SourceFile, options: PlanCheckOptions): Diagnostic[] {
  const diagnostics = [...source.diagnostics, ...schemaDiagnostics(source, validatePlan)];
  const plan = source.data as Plan | undefined;
  if (plan === null || typeof plan !== 'object' || Array.isArray(plan)) return applyOverrides(diagnostics, options.config);
  const schemaClean = !diagnostics.some(isBlocking);
  const year = schoolYearOf(plan.schoolYear);
  const { calendar, warning } = planCalendar(source, year, options.config);
  if (warning) diagnostics.push(warning);
  const planDir = dirname(source.file);
  const watch = (relative: string, base: 'plan' | 'root' | undefined): string => {
    if (options.onOutsidePath && mayLeave(relative) && !(options.root && isInside(resolve(base === 'root' ? options.root : planDir, relative), options.root))) options.onOutsidePath();
    return relative;
  };
  // One context for all rules of this plan (checking 10,000 plans made 300,000 of them otherwise).
  let findings: Finding[] = [];
  let hashes: ((edition: Edition) => string) | undefined;
  const ctx: PlanContext = {
    plan, file: source.file, config: options.config, calendar, asOf: options.asOf,
    exists: (relative, base) => existsUnder(options.fileExists, base === 'plan' ? planDir : options.root, watch(relative, base === 'plan' ? 'plan' : 'root')),
    mapSize: (relative) => options.mapSize?.(resolve(planDir, watch(relative, 'plan'))),
    fileStatus: (relative, base) => {
      watch(relative, base === 'plan' ? 'plan' : 'root');
      const absolute = resolve(base === 'plan' ? planDir : options.root, relative);
      return options.fileStatus ? options.fileStatus(absolute) : options.fileExists(absolute) ? 'ok' : 'missing';
    },
    // Only a valid plan has an edition to print; computed once, and only when a rule asks.
    printedHash: (edition) => (schemaClean && options.printedHashes ? (hashes ??= options.printedHashes(plan, source.file))(edition) : undefined),
    translation: (lang) => options.translationOf?.(source.file, lang),
    report: (finding) => void findings.push(finding),
  };
  for (const rule of options.rules) {
    if (effectiveSeverity(rule.meta.id, rule.meta.severity, options.config) === 'off') continue;
    findings = [];
    try {
      rule.check(ctx);
    } catch (err) {
      if (options.rethrow) throw err;
      // On a plan with schema errors a rule may meet data of the wrong shape; the schema errors
      // already explain the file. On a valid plan a crash is our bug and must be visible.
      if (schemaClean) diagnostics.push(internalError(source, rule.meta, err));
      continue;
    }
    for (const f of findings) diagnostics.push(findingToDiagnostic(source, rule.meta, f));
  }
  return applyOverrides(diagnostics, options.config);
}

/** Only an absolute path or one with a `..` step can lead out of the folder it is read from. */
const mayLeave = (relative: string) => isAbsolute(relative) || /(?:^|[\\/])\.\.(?:[\\/]|$)/.test(relative);

function internalError(source: SourceFile, meta: CheckMeta, err: unknown): Diagnostic {
  return makeDiagnostic(source.file, source.rangeOf([]), {
    ruleId: meta.id, severity: 'error',
    message: `Rule ${meta.id} failed on this file: ${(err as Error)?.message ?? String(err)}.`,
    hint: 'This is a bug in cssp; please report it with this file (remove confidential text first).',
  });
}
