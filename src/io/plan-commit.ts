// The git commit a plan file was last committed in, for the version stamp and the record of
// distribution. Optional: outside a repository, without git, or for a file git does not track,
// there is simply no commit.
import { execFileSync } from 'node:child_process';
import { basename, dirname } from 'node:path';

const git = (dir: string, args: string[]) =>
  execFileSync('git', ['-c', 'core.quotePath=false', ...args], { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 5000, maxBuffer: 64 * 2 ** 20 });

/** Short commit hash, with "+" when the file has changes not yet committed; undefined when unknown. */
export function planCommit(file: string): string | undefined {
  return folderCommits(dirname(file)).get(basename(file));
}

/**
 * planCommit for many files, with two git processes per folder instead of two per file: bundle
 * prints every site of a year while Chromium needs the same cores, and 2 spawns per site showed.
 */
export function planCommits(): (file: string) => string | undefined {
  const folders = new Map<string, Map<string, string>>();
  return (file) => {
    const dir = dirname(file);
    let commits = folders.get(dir);
    if (!commits) folders.set(dir, (commits = folderCommits(dir)));
    return commits.get(basename(file));
  };
}

/** File name -> last commit (with "+" when changed since) for the files directly in `dir`. */
function folderCommits(dir: string): Map<string, string> {
  const commits = new Map<string, string>();
  try {
    // Newest first: the first commit naming a file is its last one. --relative gives names from dir.
    let commit = '';
    for (const line of git(dir, ['log', '--format=%x01%h', '--name-only', '--relative', '--', '.']).split('\n')) {
      if (line.startsWith('\x01')) commit = line.slice(1);
      else if (line && !line.includes('/') && !commits.has(line)) commits.set(line, commit);
    }
    // Staged or not, against HEAD: the same files `git status` lists as modified.
    for (const line of git(dir, ['diff', 'HEAD', '--name-only', '--relative', '--', '.']).split('\n')) {
      const known = commits.get(line);
      if (known) commits.set(line, `${known}+`);
    }
  } catch {
    return new Map();
  }
  return commits;
}
