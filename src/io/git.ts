// The only importer of simple-git, so tests can replace it. Small questions and steps, each one
// git command; what to do when a step cannot be taken is decided by the callers (src/new/git-step.ts).
import { simpleGit, type SimpleGit } from 'simple-git';

export interface Repo {
  /** The work tree's top folder. */
  root: string;
  /** The branch checked out, or undefined on a detached HEAD. */
  branch(): Promise<string | undefined>;
  /** Paths (from the root) with uncommitted changes, untracked ones included. */
  changes(): Promise<string[]>;
  branchExists(name: string): Promise<boolean>;
  /** user.name and user.email, as the next commit would use them; undefined when one is missing. */
  identity(): Promise<{ name: string; email: string } | undefined>;
  hasCommits(): Promise<boolean>;
  /** Creates `name` at `start` (default HEAD) and checks it out; uncommitted changes come along untouched. */
  switchToNewBranch(name: string, start?: string): Promise<void>;
  /** The district's default branch: origin's HEAD, else main or master when one exists. */
  defaultBranch(): Promise<string | undefined>;
  /** Commits exactly these paths (from the root), whatever else is staged; returns the commit hash. */
  commitOnly(paths: readonly string[], message: string): Promise<string>;
  /** The full hash of the commit `ref` names (a branch, tag, hash, HEAD~1), or undefined when it names none. */
  commitOf(ref: string): Promise<string | undefined>;
  /** Files under `folder` (a path from the root) in that commit, as paths from the root. */
  filesAt(commit: string, folder: string): Promise<string[]>;
  /** A file's text in that commit (`git show commit:path`; path from the root). */
  fileAt(commit: string, path: string): Promise<string>;
  /** Tracked files under `folder` whose working-tree content differs from that commit, as paths from the root. */
  changedSince(commit: string, folder: string): Promise<string[]>;
}

const wrap = (git: SimpleGit, root: string): Repo => ({
  root,
  branch: async () => {
    const name = (await git.raw(['symbolic-ref', '--quiet', '--short', 'HEAD']).catch(() => '')).trim();
    return name || undefined;
  },
  changes: async () => (await git.status()).files.map((f) => f.path),
  branchExists: async (name) => (await git.raw(['branch', '--list', name])).trim() !== '',
  identity: async () => {
    const get = async (key: string) => (await git.raw(['config', '--get', key]).catch(() => '')).trim();
    const [name, email] = await Promise.all([get('user.name'), get('user.email')]);
    return name && email ? { name, email } : undefined;
  },
  hasCommits: async () => (await git.raw(['rev-parse', '--verify', '--quiet', 'HEAD']).catch(() => '')).trim() !== '',
  switchToNewBranch: async (name, start) => void (await git.raw(['switch', '-c', name, ...(start ? [start] : [])])),
  defaultBranch: async () => {
    const remote = (await git.raw(['symbolic-ref', '--quiet', '--short', 'refs/remotes/origin/HEAD']).catch(() => '')).trim();
    if (remote) return remote.replace(/^origin\//, '');
    for (const name of ['main', 'master']) if ((await git.raw(['branch', '--list', name])).trim()) return name;
    return undefined;
  },
  commitOnly: async (paths, message) => {
    await git.raw(['add', '--', ...paths]);
    // `git commit -- paths` commits only those paths: anything else the user staged stays staged.
    await git.raw(['commit', '-m', message, '--', ...paths]);
    return (await git.revparse(['--short', 'HEAD'])).trim();
  },
  commitOf: async (ref) => {
    // A ref starting with "-" would be read as an option; no branch or tag can start with one.
    if (!ref || ref.startsWith('-')) return undefined;
    const hash = (await git.raw(['rev-parse', '--verify', '--quiet', '--end-of-options', `${ref}^{commit}`]).catch(() => '')).trim();
    return hash || undefined;
  },
  filesAt: async (commit, folder) => {
    const out = await git.raw(['-c', 'core.quotePath=false', 'ls-tree', '-r', '-z', '--name-only', '--full-tree', commit, '--', folder || '.']);
    return out.split('\0').filter(Boolean);
  },
  fileAt: async (commit, path) => git.raw(['show', `${commit}:${path}`]),
  changedSince: async (commit, folder) => {
    const out = await git.raw(['-c', 'core.quotePath=false', 'diff', '--name-only', '-z', '--no-renames', commit, '--', folder ? `:(top)${folder}` : ':(top)']);
    return out.split('\0').filter(Boolean);
  },
});

/** The repository holding `dir`, or undefined when it is not inside one (or git is not installed). */
export async function openRepo(dir: string): Promise<Repo | undefined> {
  try {
    const git = simpleGit({ baseDir: dir });
    if (!(await git.checkIsRepo())) return undefined;
    return wrap(git, (await git.revparse(['--show-toplevel'])).trim());
  } catch {
    return undefined;
  }
}

/** `git init` in `dir` (branch main) and the repository it made. */
export async function initRepo(dir: string): Promise<Repo> {
  const git = simpleGit({ baseDir: dir });
  await git.raw(['init', '--initial-branch=main']);
  return wrap(git, (await git.revparse(['--show-toplevel'])).trim());
}
