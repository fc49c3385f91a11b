// The contract every rule module fulfils. Rules are pure: they read the plan (and the district
// config) and report paths into the plan; the engine turns paths into ranges.
import type { Severity } from '../diagnostic.js';
import type { PartialPlan } from '../plan/partial-plan.js';
import type { Edition } from '../plan/editions.js';
import type { DocPath } from '../plan/paths.js';
import type { Calendar, DistrictConfig } from '../plan/types.generated.js';
import type { DistrictFileStatus } from '../util/files.js';
import type { Translation } from '../plan/translations.js';

/** What every check has, rules and the built-in file checks alike. */
export interface CheckMeta {
  /** kebab-case, equal to the file name in src/rules/. */
  id: string;
  severity: Severity;
  /** The legal source, e.g. "EC 32282(a)(2)(B)" or "EC 32001; 5 CCR 550". */
  citation: string;
  /** One line for `cssp rules` and docs/rules.md. */
  description: string;
}

/**
 * How a rule reads its source. statute: the text as the sources report it. interpretation: cssp
 * reads something into it that no source confirms (a number of days, a default, an unverified
 * bill). district policy: the law does not ask for it; the district does. practice: record-keeping
 * or file layout cssp needs, not law.
 */
export type ReadingKind = 'statute' | 'interpretation' | 'district policy' | 'practice';

export interface Reading {
  kind: ReadingKind;
  /** What is certain, what is read into it, and what a district can change. */
  note: string;
  /** The cssp.config.yaml setting that changes the reading. Every interpretation and district policy has one. */
  setting?: string;
}

export interface RuleMeta extends CheckMeta {
  reading: Reading;
  /**
   * Every message the rule can give, by id: text with {{name}} placeholders filled from a
   * finding's data (as ESLint's meta.messages). Code that acts on findings (status, the edit
   * guard) reads the id, the data and the path, never the text, so a message can be reworded.
   */
  messages: Readonly<Record<string, string>>;
}

export type MessageData = Readonly<Record<string, string | number | undefined>>;

export interface Finding {
  path: DocPath;
  /** A key of the rule's meta.messages. */
  messageId: string;
  data?: MessageData;
  hint?: string;
  /** Overrides the rule's default severity for this finding (config overrides still win). */
  severity?: Severity;
}

export interface PlanContext {
  /** The plan data. Rules also run on plans with schema errors, so any field may be missing. */
  plan: PartialPlan;
  file: string;
  config: DistrictConfig | undefined;
  /** The calendar for plan.schoolYear from the config, or a default August-June calendar. */
  calendar: Calendar;
  /** ISO date (YYYY-MM-DD): nothing due after this date is demanded. */
  asOf: string;
  // Function properties, not methods: rules destructure them from the context (`{ plan, report }`).
  /** Does a file exist? `relative` is resolved against the plan's folder ('plan') or the district root ('root'). */
  exists: (relative: string, base: 'plan' | 'root') => boolean;
  /** Where a path the plan names leads: a regular file inside the district ('ok'), or why not. */
  fileStatus: (relative: string, base: 'plan' | 'root') => DistrictFileStatus;
  /** A map image's size in its own coordinates (relative to the plan), or undefined when it cannot be read. */
  mapSize: (relative: string) => { width: number; height: number } | undefined;
  /** The content hash an edition of this plan prints now (its version stamp's); undefined when the plan has schema errors. */
  printedHash: (edition: Edition) => string | undefined;
  /** The district's stored translation of this plan's family edition into `lang` (translations/<year>/<site>.<lang>.yaml), if any. */
  translation?: (lang: string) => Translation | undefined;
  report: (finding: Finding) => void;
}

export interface PlanRule {
  meta: RuleMeta;
  check(ctx: PlanContext): void;
}

/** A plan as district rules see it: its place, not its content (10,000 plans stay small in memory). */
export interface DistrictPlan {
  file: string;
  /** School year and site id as the file's place says: plans/<year>/<site-id>.yaml. */
  folderYear: string | undefined;
  fileSiteId: string;
}

export interface DistrictContext {
  config: DistrictConfig;
  configFile: string;
  plans: readonly DistrictPlan[];
  /** The school years being checked (the folders seen). */
  years: readonly string[];
  asOf: string;
  /** Report against a plan file, or against the config file (file = configFile) at a path in it. */
  report: (file: string, finding: Finding) => void;
}

export interface DistrictRule {
  meta: RuleMeta;
  checkDistrict(ctx: DistrictContext): void;
}

export type Rule = PlanRule | DistrictRule;

export const isDistrictRule = (rule: Rule): rule is DistrictRule => 'checkDistrict' in rule;

export function definePlanRule(rule: PlanRule): PlanRule {
  return rule;
}

export function defineDistrictRule(rule: DistrictRule): DistrictRule {
  return rule;
}
