// cssp distribute: answers (flags or prompts) -> the site's plan for the delivery's date -> the
// content hash of the edition delivered -> an entry appended to distribution: through the checked,
// comment-preserving edit -> atomic write -> who still needs the current plan -> optional commit.
import { readText } from '../util/files.js';
import { relative, resolve } from 'node:path';
import { askAgency, askDate, askEdition, askSite, type DistributeFlags } from '../distribute/answers.js';
import { distributionEntry, planYearFor } from '../distribute/record.js';
import { followUp } from '../distribute/report.js';
import { commitPlanFile } from '../io/commit-plan-file.js';
import { CsspError, UsageError } from '../errors.js';
import { planCommit } from '../io/plan-commit.js';
import { askText } from '../io/prompts.js';
import type { Io } from '../io/std.js';
import { agencyKey } from '../plan/agencies.js';
import { checkedEdit, findingsBefore } from '../district/checked-edit.js';
import { planPath } from '../plan/paths.js';
import { openDistrictFrom } from '../district/open.js';
import { writeFileAtomic } from '../plan/write.js';
import { loadPlan } from '../render/load.js';
import { printedHashes } from '../check/printed-hash.js';
import { today } from '../util/iso-date.js';

const GOVERNANCE_KEYS = ['approval', 'adoption', 'publicMeeting', 'consultations', 'committee', 'site'];

export interface DistributeOptions extends DistributeFlags {
  year?: string;
  output?: string;
  commit?: boolean;
  root?: string;
  interactive?: boolean;
  /** Tests: the day to treat as today. */
  asOf?: string;
}

export async function runDistribute(opts: DistributeOptions, io: Io): Promise<number> {
  if (opts.commit && opts.output) throw new UsageError('--commit commits the plan in place; it cannot be used with -o.');
  const district = openDistrictFrom(opts.root, io.cwd, 'Run cssp distribute inside your district folder.');
  const { root } = district;
  const ctx = { interactive: opts.interactive ?? io.stdinIsTTY, today: opts.asOf ?? today() };
  const show = (p: string) => relative(io.cwd, p) || p;

  const site = await askSite(opts, district, ctx);
  const date = await askDate(opts, ctx);
  const year = planYearFor(district, site.id, date, opts.year);
  const file = resolve(root, planPath(district.plansDir, year, site.id));
  const original = readText(file);
  const before = findingsBefore(file, original, district, ctx.today, 'record the delivery');
  const plan = loadPlan(file, io.cwd, 'recorded as delivered'); // a plan with errors has no edition to deliver
  const { agency, type } = await askAgency(opts, plan, ctx);
  const edition = await askEdition(opts, type, ctx);
  const optional = async (flag: string | undefined, message: string) => flag ?? (ctx.interactive ? await askText({ message }) : undefined);
  const method = await optional(opts.method, 'How was it delivered (Enter to skip)?');
  const receivedBy = await optional(opts.receivedBy, 'Received by (name and title; Enter to skip)?');

  const hash = printedHashes(plan, file, root, district.config)(edition);
  // "abc1234+": the file has changes git has not recorded, so no commit holds the copy delivered.
  const known = planCommit(file);
  const commit = known && !known.endsWith('+') ? known : undefined;
  const entry = distributionEntry({ agency, type, edition, date, method, receivedBy }, plan, hash, commit);
  const list = plan.distribution ?? [];
  const twin = list.findIndex((d) => agencyKey(d.agency) === agencyKey(agency) && d.edition === edition && d.date === date && d.contentHash === hash);
  if (twin >= 0) {
    throw new UsageError(`The plan already records this delivery (entry ${twin + 1} under distribution:), so it was not recorded again.`);
  }
  const edited = checkedEdit({
    file, text: original, district, asOf: ctx.today, before, refused: 'The delivery was not recorded', inserted: { list: 'distribution', index: list.length },
    edit: (editor) => {
      // A draft has no record yet: the list goes where the schema puts it, after the governance steps.
      if (editor.has(['distribution'])) editor.insert(['distribution'], list.length, entry);
      else editor.set(['distribution'], [entry], { after: GOVERNANCE_KEYS.find((k) => editor.has([k])) });
    },
  });
  // The questions took time; someone (or an editor's autosave) may have saved the plan meanwhile.
  if (readText(file) !== original) {
    throw new CsspError(`${show(file)} changed on disk while cssp was working, so the delivery was not recorded (the file keeps that change).`, 'Run cssp distribute again.');
  }
  const target = opts.output ? resolve(io.cwd, opts.output) : file;
  writeFileAtomic(target, edited.text);

  const out = [
    `Recorded in ${show(target)} (entry ${list.length + 1} under distribution:): ${agency} received the ${edition} edition${plan.version ? ` of version ${plan.version}` : ''} on ${date}, content ${hash}${commit ? `, git ${commit}` : ''}.`,
    ...followUp({ plan: { ...plan, distribution: [...list, entry] }, entry, hashOf: printedHashes(plan, file, root, district.config), config: district.config, uncommitted: known?.endsWith('+') === true }).map((l) => `  ${l}`),
    ...edited.notes.map((d) => `  ${d.severity} ${d.line}:${d.column} ${d.message} (${d.ruleId})`),
  ];
  let code = 0;
  if (opts.commit) {
    const committed = await commitPlanFile(file, `Record delivery of ${site.name} plan${plan.version ? ` ${plan.version}` : ''} to ${agency} (${edition} edition)`, 'the delivery is recorded');
    out.push(...committed.lines);
    if (!committed.committed) code = 1;
  }
  io.stdout(`${out.join('\n')}\n`);
  return code;
}
