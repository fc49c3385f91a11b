// The whole check of a set of plan files: config, each plan, then the district-wide rules.
// File access comes in as functions so the pipeline stays testable without a disk; plan checks
// run in batches so a large district can spread them over worker threads (parallel.ts).
import { join } from 'node:path';
import { CONFIG_FILE, placeOf } from '../plan/paths.js';
import { loadConfig } from './config.js';
import { loadSource, type SourceFile } from '../plan/source.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import { RULES } from '../rules/index.js';
import { isDistrictRule, type PlanRule } from '../rules/types.js';
import { ALL_CHECKS } from './builtin.js';
import { compareDiagnostics, makeDiagnostic, type Diagnostic } from '../diagnostic.js';
import { checkDistrict } from './district.js';
import { checkPlan } from './engine.js';

// Function properties, not methods: the checks pass `exists` on detached.
export interface FileAccess {
  read: (file: string) => Uint8Array;
  exists: (file: string) => boolean;
}

export interface BatchContext {
  root: string | undefined;
  config: DistrictConfig | undefined;
  asOf: string;
}

export interface BatchResult {
  diagnostics: Diagnostic[];
  /** [file, text] of each file with diagnostics, for code frames. Clean files are not kept. */
  texts: [string, string][];
}

/** Checks plans in some other way than in this thread (worker threads); same result as checkBatch. */
export type BatchRunner = (files: readonly string[], ctx: BatchContext) => Promise<BatchResult>;

export interface CheckRequest extends FileAccess {
  /** District root (folder of cssp.config.yaml), when there is one. */
  root: string | undefined;
  files: readonly string[];
  /** Run district-wide rules (registry coverage): only when the whole district, or whole folders, are checked. */
  wholeDistrict: boolean;
  asOf: string;
  runBatch?: BatchRunner;
}

export interface CheckResult {
  diagnostics: Diagnostic[];
  /** Text of each file with diagnostics, for code frames. */
  sources: Map<string, string>;
  filesChecked: number;
}

const planRules = RULES.filter((r): r is PlanRule => !isDistrictRule(r));
const districtRules = RULES.filter(isDistrictRule);
const knownIds = ALL_CHECKS.map((m) => m.id);

function readSource(file: string, access: FileAccess): SourceFile {
  try {
    return loadSource(file, access.read(file));
  } catch (err) {
    const source = loadSource(file, '');
    source.diagnostics.push(makeDiagnostic(file, { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, {
      ruleId: 'file-read', severity: 'error', message: `Cannot read the file: ${(err as Error).message}.`,
      hint: 'Check that the file exists and that you may read it.',
    }));
    return source;
  }
}

export function checkBatch(files: readonly string[], ctx: BatchContext, access: FileAccess): BatchResult {
  const result: BatchResult = { diagnostics: [], texts: [] };
  for (const file of files) {
    const source = readSource(file, access);
    const found = checkPlan(source, { asOf: ctx.asOf, config: ctx.config, root: ctx.root ?? '', rules: planRules, fileExists: access.exists });
    if (found.length === 0) continue;
    result.diagnostics.push(...found);
    result.texts.push([file, source.text]);
  }
  return result;
}

export async function checkFiles(req: CheckRequest): Promise<CheckResult> {
  const diagnostics: Diagnostic[] = [];
  const sources = new Map<string, string>();
  const loaded = req.root ? loadConfig(join(req.root, CONFIG_FILE), req.read(join(req.root, CONFIG_FILE)), knownIds) : undefined;
  if (loaded) diagnostics.push(...loaded.diagnostics);
  const config = loaded?.config;
  const ctx: BatchContext = { root: req.root, config, asOf: req.asOf };
  const batch = req.runBatch ? await req.runBatch(req.files, ctx) : checkBatch(req.files, ctx, req);
  diagnostics.push(...batch.diagnostics);
  for (const [file, text] of batch.texts) sources.set(file, text);
  if (req.wholeDistrict && loaded && config) {
    const reread = new Map<string, SourceFile>();
    const sourceOf = (file: string) => reread.get(file) ?? reread.set(file, readSource(file, req)).get(file)!;
    const plans = req.files.map((file) => ({ file, ...placeOf(file) }));
    diagnostics.push(...checkDistrict({ config, configSource: loaded.source, plans, sourceOf, asOf: req.asOf, rules: districtRules }));
    for (const [file, source] of reread) sources.set(file, source.text);
  }
  if (loaded && diagnostics.some((d) => d.file === loaded.source.file)) sources.set(loaded.source.file, loaded.source.text);
  diagnostics.sort(compareDiagnostics);
  return { diagnostics, sources, filesChecked: req.files.length };
}
