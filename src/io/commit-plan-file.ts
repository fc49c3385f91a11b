// `cssp drill add --commit` and `cssp distribute --commit`: one commit holding only the plan file, whatever else is staged or
// changed. When git cannot commit, the drill stays logged and the user is told how to finish.
import { relative } from 'node:path';
import { openRepo } from './git.js';

export async function commitPlanFile(file: string, message: string, kept = 'the drill is logged'): Promise<{ committed: boolean; lines: string[] }> {
  const repo = await openRepo(file.replace(/[/\\][^/\\]*$/, ''));
  if (!repo) return { committed: false, lines: [`The plan is not in a git repository, so nothing was committed (${kept}).`] };
  const path = relative(repo.root, file).split('\\').join('/');
  const byHand = `  git commit -m "${message}" -- ${path}`;
  if (!(await repo.identity())) {
    return { committed: false, lines: [`git does not know who you are (user.name and user.email are not set), so nothing was committed; ${kept}. Set them, then:`, `  git add ${path}`, byHand] };
  }
  try {
    // An absolute path: git runs in the plan's folder, where a path from the top would not resolve.
    const hash = await repo.commitOnly([file], message);
    return { committed: true, lines: [`Committed ${path}: ${hash} ${message}`] };
  } catch (err) {
    const why = (err as Error).message.trim().split('\n')[0];
    return { committed: false, lines: [`git could not commit the plan (${why}); ${kept}. Finish by hand:`, `  git add ${path}`, byHand] };
  }
}
