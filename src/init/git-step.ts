// After `cssp init` has written the district: `git init` (branch main) and a first commit of the
// files it wrote. What cannot be done is explained with the commands to finish by hand; the
// written files are never touched here.
import { relative } from 'node:path';
import { initRepo, openRepo } from '../io/git.js';

const MESSAGE = 'Start the district repository (cssp init)';

export async function commitNewDistrict(target: string, paths: readonly string[]): Promise<string[]> {
  const existing = await openRepo(target);
  if (existing && relative(existing.root, target) !== '') {
    // A repository inside another would hide the district from the outer one: leave git to the user.
    return [`${target} is inside the git repository ${existing.root}, so cssp did not start another one or commit. Commit the files there, or move the folder out and run \`git init\`.`];
  }
  let repo = existing;
  try {
    repo ??= await initRepo(target);
  } catch (err) {
    return [`git could not start a repository (${firstLine(err)}); is git installed? The files are written; to track them: git init && git add -A && git commit -m "${MESSAGE}"`];
  }
  const started = existing ? 'In the existing git repository' : 'Started a git repository (branch main)';
  if (!(await repo.identity())) {
    return [
      `${started}, but git does not know who you are (user.name and user.email are not set), so nothing was committed. The files are written. Set them once:`,
      '  git config --global user.name "Your Name"',
      '  git config --global user.email "you@district.org"',
      'then make the first commit:',
      `  git add -A && git commit -m "${MESSAGE}"`,
    ];
  }
  try {
    const hash = await repo.commitOnly(paths, MESSAGE);
    return [`${started} and committed the ${paths.length} files: ${hash}.`];
  } catch (err) {
    return [`${started}, but git could not commit (${firstLine(err)}). The files are written; finish by hand: git add -A && git commit -m "${MESSAGE}"`];
  }
}

const firstLine = (err: unknown) => (err as Error).message.trim().split('\n')[0];
