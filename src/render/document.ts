// One plan file -> one edition's printable document. Shared by `cssp render` and `cssp bundle`.
import { planCommit } from '../io/plan-commit.js';
import { findPlanFiles } from '../plan/discover.js';
import { placeOf } from '../plan/paths.js';
import type { SourceFile } from '../plan/source.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import { ConfigError } from '../errors.js';
import { editionView } from '../edition/edition.js';
import { renderHtml, type RenderedHtml } from './html.js';
import { editionInputs } from '../check/edition-inputs.js';
import { loadPlan } from './load.js';
import { recordOfChangesFor } from './record-of-changes.js';
import { versionStamp, type VersionStamp } from '../edition/stamp.js';
import type { Edition, EditionView } from '../edition/view.js';

export interface PlanDocument extends RenderedHtml {
  view: EditionView;
  stamp: VersionStamp;
}

export interface DocumentContext {
  root: string | undefined;
  config: DistrictConfig | undefined;
  /** The render date printed in the stamp, YYYY-MM-DD. */
  rendered: string;
  cwd: string;
  preview?: boolean;
  /** The plan as already read (render checks it first), so it is read and parsed once. */
  source?: SourceFile;
  /** The plan file's commit; bundle passes planCommits() to ask git once per folder. */
  commitOf?: (file: string) => string | undefined;
}

export function planDocument(file: string, edition: Edition, ctx: DocumentContext): PlanDocument {
  const plan = loadPlan(file, ctx.cwd, 'rendered', ctx.source);
  const view = editionView(edition, { ...editionInputs(plan, file, ctx.root, ctx.config), recordOfChanges: recordOfChangesFor(plan, file) });
  const stamp = versionStamp(view, ctx.rendered, (ctx.commitOf ?? planCommit)(file));
  return { ...renderHtml(view, stamp, { preview: ctx.preview }), view, stamp };
}

/** Plans of one school year (the newest year when none is given), with the year used. */
export function yearPlans(root: string, year: string | undefined): { year: string; files: string[] } {
  const all = findPlanFiles(root).files.map((file) => ({ file, ...placeOf(file) }));
  const years = [...new Set(all.map((p) => p.folderYear).filter((y): y is string => !!y))].sort();
  const chosen = year ?? years.at(-1);
  if (!chosen || !years.includes(chosen)) {
    throw new ConfigError(
      year ? `No plans for the school year ${year} in ${root}.` : `No plans found in ${root}.`,
      years.length ? `School years with plans: ${years.join(', ')}.` : 'Plans live at plans/<school-year>/<site-id>.yaml.',
    );
  }
  return { year: chosen, files: all.filter((p) => p.folderYear === chosen).map((p) => p.file) };
}
