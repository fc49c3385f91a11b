// Every plan of the district in the working tree and at a git commit, paired by path, for
// `cssp diff <ref>`. A plan is <plansDir>/<school-year>/<site-id>.yaml on either side.
import { readText } from '../util/files.js';
import { existsSync, realpathSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { PlanText } from '../diff/report.js';
import { findPlanFiles } from '../plan/discover.js';
import type { District } from '../district/save.js';
import { CONFIG_FILE } from '../plan/paths.js';
import { isSchoolYear } from '../plan/school-year.js';
import { openRepo } from './git.js';

export interface PlanVersions {
  /** The path from the district root. */
  file: string;
  before: PlanText | undefined;
  after: PlanText | undefined;
}

const PLAN_IN_FOLDER = /^(\d{4}-\d{2})\/([^/]+\.ya?ml)$/;
const isPlan = (rel: string) => PLAN_IN_FOLDER.test(rel) && isSchoolYear(rel.split('/')[0]) && !rel.endsWith(`/${CONFIG_FILE}`) && !rel.split('/')[1]!.startsWith('.');

/** Plans in the working tree, as paths from the plans folder (2026-27/alpha.yaml), found as cssp check finds them. */
function workingTreePlans(plansFolder: string): string[] {
  if (!existsSync(plansFolder)) return [];
  return findPlanFiles(plansFolder).files.map((f) => relative(plansFolder, f).split(sep).join('/')).filter(isPlan);
}

/** The plans at `ref` and in the working tree, paired; undefined when `ref` names no commit (or there is no repository). */
export async function planFilesAtRef(district: District, ref: string): Promise<PlanVersions[] | undefined> {
  const repo = await openRepo(district.root);
  const commit = await repo?.commitOf(ref);
  if (!repo || !commit) return undefined;
  const plansFolder = join(district.root, district.plansDir);
  const folderInRepo = relative(repo.root, realpathSync(plansFolder)).split(sep).join('/');
  const prefix = folderInRepo ? `${folderInRepo}/` : '';
  const atRef = (await repo.filesAt(commit, folderInRepo)).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)).filter(isPlan);
  const now = workingTreePlans(plansFolder);
  const shown = (rel: string) => join(district.plansDir, rel).split(sep).join('/');
  const short = commit.slice(0, 7);
  // Only plans git reports as changed are read at the commit: an unchanged plan is the same text on both sides.
  const changed = new Set((await repo.changedSince(commit, folderInRepo)).filter((p) => p.startsWith(prefix)).map((p) => p.slice(prefix.length)));
  const all = [...new Set([...atRef, ...now])].sort();
  return Promise.all(all.map(async (rel) => {
    const after = now.includes(rel) ? { label: shown(rel), text: readText(join(plansFolder, rel)) } : undefined;
    const label = `${shown(rel)} at ${ref} (${short})`;
    const before = !atRef.includes(rel) ? undefined : after && !changed.has(rel) ? { label, text: after.text } : { label, text: await repo.fileAt(commit, prefix + rel) };
    return { file: shown(rel), before, after };
  }));
}
