// After `cssp new` has written the plan: a branch cssp/<site>-<year> and one commit holding only
// the new plan and its maps. Every case where that cannot be done safely is explained with the
// commands to finish by hand; the written files are never touched here.
import { relative } from 'node:path';
import { openRepo } from '../io/git.js';

export interface GitStepInput {
  cwd: string;
  branch: string;
  /** Absolute paths of the files written. */
  files: readonly string[];
  message: string;
}

export interface GitStepResult {
  committed: boolean;
  /** What happened, or why it did not, in lines for the user. */
  lines: string[];
}

const quote = (p: string) => (/^[\w./@-]+$/.test(p) ? p : `'${p.replace(/'/g, `'\\''`)}'`);

export async function commitNewPlan(input: GitStepInput): Promise<GitStepResult> {
  const repo = await openRepo(input.cwd);
  const byHand = (paths: string[]) => [
    `  git switch -c ${input.branch}`,
    `  git add ${paths.map(quote).join(' ')}`,
    `  git commit -m ${quote(input.message.split('\n')[0]!)} -- ${paths.map(quote).join(' ')}`,
  ];
  if (!repo) {
    return { committed: false, lines: ['This folder is not in a git repository, so nothing was committed. The plan is written; to track it, run `git init` in the district folder (or `cssp init` for a new district).'] };
  }
  const paths = input.files.map((f) => relative(repo.root, f).split('\\').join('/'));
  if (!(await repo.identity())) {
    return {
      committed: false,
      lines: [
        'git does not know who you are (user.name and user.email are not set), so nothing was committed. The plan is written. Set them once:',
        '  git config --global user.name "Your Name"',
        '  git config --global user.email "you@district.org"',
        'then commit the plan:',
        ...byHand(paths),
      ],
    };
  }
  if (await repo.branchExists(input.branch)) {
    return {
      committed: false,
      lines: [
        `The branch ${input.branch} already exists, so cssp did not switch to it or commit (that branch may hold other work). The plan is written on the current branch, uncommitted.`,
        `Commit it on a branch of another name (git switch -c ${input.branch}-2), or look at the existing branch first: git log ${input.branch}`,
      ],
    };
  }
  const lines: string[] = [];
  const from = await repo.branch();
  if (!from) lines.push(`You were not on a branch (a detached HEAD); ${input.branch} starts at the commit you had checked out.`);
  const others = (await repo.changes()).filter((p) => !paths.some((mine) => p === mine || mine.startsWith(p.endsWith('/') ? p : `${p}/`)));
  if (others.length) {
    lines.push(`Your other uncommitted changes (${others.length} file${others.length === 1 ? '' : 's'}, for example ${others[0]}) were left as they are: they come along to the new branch, uncommitted, and are not part of this commit.`);
  }
  // A new site's plan starts from the district's default branch, not from whatever branch is checked
  // out (another site's plan branch would carry that site's commits into this one's pull request).
  const base = from ? await repo.defaultBranch() : undefined;
  let start: string | undefined;
  if (base && base !== from) {
    try {
      await repo.switchToNewBranch(input.branch, base);
      start = base;
    } catch {
      lines.push(`cssp could not start ${input.branch} from ${base} (your uncommitted changes are in the way), so it starts from ${from}.`);
    }
  }
  try {
    if (!start) await repo.switchToNewBranch(input.branch);
    const hash = await repo.commitOnly(paths, input.message);
    lines.unshift(`Committed ${paths.join(', ')} on the new branch ${input.branch}${start ? ` (from ${start}, the district's default branch, not ${from})` : from ? ` (from ${from})` : ''}: ${hash}.`);
    return { committed: true, lines };
  } catch (err) {
    const why = (err as Error).message.trim().split('\n')[0];
    return { committed: false, lines: [...lines, `git could not commit the plan (${why}). The plan is written; finish by hand:`, ...byHand(paths)] };
  }
}
