// The whole check of a set of plan files: config, each plan, then the district-wide rules.
// File access comes in as functions so the pipeline stays testable without a disk.
import { join } from 'node:path';
import { CONFIG_FILE, loadConfig } from '../plan/config.js';
import { placeOf } from '../plan/discover.js';
import { loadSource, type SourceFile } from '../plan/source.js';
import type { Plan } from '../plan/types.generated.js';
import { RULES } from '../rules/index.js';
import { isDistrictRule, type DistrictRule, type PlanRule } from '../rules/types.js';
import { compareDiagnostics, makeDiagnostic, type Diagnostic } from './diagnostic.js';
import { checkDistrict } from './district.js';
import { checkPlan } from './engine.js';
import { BUILTIN_CHECKS } from './builtin.js';

export interface CheckRequest {
  /** District root (folder of cssp.config.yaml), when there is one. */
  root: string | undefined;
  files: readonly string[];
  /** Run district-wide rules (registry coverage): only when the whole district, or whole folders, are checked. */
  wholeDistrict: boolean;
  asOf: string;
  read(file: string): Uint8Array;
  exists(file: string): boolean;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Text of each file with diagnostics, for code frames. */
  sources: Map<string, string>;
  filesChecked: number;
}

const planRules = RULES.filter((r): r is PlanRule => !isDistrictRule(r));
const districtRules = RULES.filter(isDistrictRule);

function readSource(file: string, read: (f: string) => Uint8Array): SourceFile {
  try {
    return loadSource(file, read(file));
  } catch (err) {
    const source = loadSource(file, '');
    source.diagnostics.push(makeDiagnostic(file, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, {
      ruleId: 'file-read', severity: 'error', message: `Cannot read the file: ${(err as Error).message}.`,
      hint: 'Check that the file exists and that you may read it.',
    }));
    return source;
  }
}

export function checkFiles(req: CheckRequest): CheckResult {
  const diagnostics: Diagnostic[] = [];
  const texts = new Map<string, string>();
  let loaded: ReturnType<typeof loadConfig> | undefined;
  if (req.root) {
    const configFile = join(req.root, CONFIG_FILE);
    loaded = loadConfig(configFile, req.read(configFile), [...RULES, ...BUILTIN_CHECKS.map((meta) => ({ meta }))].map((r) => r.meta.id));
    diagnostics.push(...loaded.diagnostics);
    texts.set(configFile, loaded.source.text);
  }
  const config = loaded?.config;
  const plans = req.files.map((file) => {
    const source = readSource(file, req.read);
    texts.set(file, source.text);
    diagnostics.push(...checkPlan(source, {
      asOf: req.asOf, config, root: req.root ?? '', rules: planRules, fileExists: req.exists,
    }));
    return { file, source, plan: source.data as Plan | undefined, ...placeOf(file) };
  });
  if (req.wholeDistrict && loaded && config) {
    diagnostics.push(...checkDistrict({ config, configSource: loaded.source, plans, asOf: req.asOf, rules: districtRules as DistrictRule[] }));
  }
  diagnostics.sort(compareDiagnostics);
  const sources = new Map<string, string>();
  for (const d of diagnostics) if (!sources.has(d.file)) sources.set(d.file, texts.get(d.file) ?? '');
  return { diagnostics, sources, filesChecked: req.files.length };
}
