// The git commit a plan file was last committed in, for the version stamp. Optional: outside a
// repository, without git, or for a file git does not track, the stamp simply has no commit.
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

/** Short commit hash, with "+" when the file has changes not yet committed; undefined when unknown. */
export function planCommit(file: string): string | undefined {
  const git = (args: string[]) =>
    execFileSync('git', args, { cwd: dirname(file), encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000 }).trim();
  try {
    const commit = git(['log', '-1', '--format=%h', '--', basename(file)]);
    if (!commit) return undefined;
    const dirty = git(['status', '--porcelain', '--', basename(file)]) !== '';
    return dirty ? `${commit}+` : commit;
  } catch {
    return undefined;
  }
}
