// The IO edge of `cssp status`: the year's plan files, `cssp check`'s findings on them (the same
// pipeline, in this process) and what each edition prints now, as the core's input.
import { statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { checkFiles } from '../check/check-files.js';
import { isBlocking } from '../check/usable.js';
import { startReadAhead } from '../check/read-ahead.js';
import { calendarOf } from '../plan/drill-answers.js';
import type { Diagnostic } from '../diagnostic.js';
import { agencyDeliveries, type AgencyDelivery } from '../plan/deliveries.js';
import { cachedExists, expandPaths, readRegularFile } from '../plan/discover.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import { placeOf } from '../plan/paths.js';
import type { District } from '../district/save.js';
import type { Plan } from '../plan/types.generated.js';
import { printedHashes } from '../check/printed-hash.js';
import type { PlanInput, StatusInput } from './site-status.js';
import type { Finding, TranslationStatus } from './types.js';
import { familySource, requiredLanguages, translationState } from '../edition/family.js';
import { translationOfPlan } from '../plan/translations.js';

const toFinding = (d: Diagnostic): Finding => ({ severity: d.severity, ruleId: d.ruleId, message: d.message, line: d.line, column: d.column });

/** `env`: CSSP_WORKERS=0 keeps the check on this thread (no read-ahead), as in `cssp check`. */
export async function gatherStatus(district: District, year: string, asOf: string, env: Record<string, string | undefined> = {}): Promise<StatusInput> {
  const { root, config } = district;
  const yearDir = join(root, district.plansDir, year);
  const { files, skipped } = statSync(yearDir, { throwIfNoEntry: false })?.isDirectory() ? expandPaths([yearDir], root) : { files: [], skipped: [] };
  // Each plan is read and parsed once: the check hands over the data it parsed.
  const data = new Map<string, unknown>();
  const access = { read: readRegularFile, exists: cachedExists(), parsed: (file: string, value: unknown) => void data.set(file, value) };
  const result = await checkFiles({
    root, files, skipped, wholeDistrict: true, asOf, ...access, configSource: district.configSource,
    readAhead: (toParse, hash) => startReadAhead(toParse, hash, env),
  });
  const byFile = new Map<string, Finding[]>();
  for (const d of result.diagnostics) byFile.set(d.file, [...(byFile.get(d.file) ?? []), toFinding(d)]);
  const plans: PlanInput[] = [...files, ...skipped.map((s) => s.file)].map((file) => {
    const plan = data.get(file) as PartialPlan | null | undefined;
    const usable = plan !== null && typeof plan === 'object' ? plan : undefined;
    return {
      siteId: placeOf(file).fileSiteId,
      file: relative(root, file).split(sep).join('/'),
      plan: usable,
      findings: byFile.get(file) ?? [],
      agencies: usable ? deliveries(usable, file, district, printable(byFile.get(file) ?? [])) : [],
      translations: usable ? translations(usable, file, district) : [],
    };
  });
  return { schoolYear: year, asOf, config, calendar: calendarOf(year, config), plans, registryFindings: registryFindings(district, year, result.diagnostics) };
}

/** Each language the site's family edition needs (EC 48985), and its translation's state. */
function translations(plan: PartialPlan, file: string, district: District): TranslationStatus[] {
  const { fileSiteId } = placeOf(file);
  const units = familySource(plan as Plan, district.config);
  return requiredLanguages(district.config, fileSiteId).map(({ language, share }) => ({
    language, share,
    state: units.length === 0 ? 'current' : translationState(units, translationOfPlan(district.root, file, language)).state,
  }));
}

/** As in `cssp check`: only a plan without YAML or schema errors has an edition to compare. */
const printable = (findings: readonly Finding[]) =>
  !findings.some(isBlocking);

/** Each agency's last delivery against what the plan prints now. */
function deliveries(plan: PartialPlan, file: string, district: District, canPrint: boolean): AgencyDelivery[] {
  const hashes = canPrint ? printedHashes(plan as Plan, file, district.root, district.config) : undefined;
  return agencyDeliveries(plan, district.config, (edition) => hashes?.(edition));
}

/**
 * district-coverage reports a site with no plan in the registry, with the site and the year in its
 * data: give each such finding to its site, and keep only those about this year (the rule also
 * checks the current one).
 */
function registryFindings(district: District, year: string, diagnostics: readonly Diagnostic[]): Map<string, Finding[]> {
  const out = new Map<string, Finding[]>();
  for (const d of diagnostics) {
    if (d.file !== district.configFile || d.ruleId !== 'district-coverage' || d.data?.year !== year) continue;
    const siteId = String(d.data.siteId);
    out.set(siteId, [...(out.get(siteId) ?? []), toFinding(d)]);
  }
  return out;
}
