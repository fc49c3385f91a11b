// Temporary git repositories holding a copy of the sample district (changesets' gitdir habit).
import { execFileSync } from 'node:child_process';
import { copySample } from './district.js';

export const git = (cwd: string, ...args: string[]): string => execFileSync('git', args, { cwd, encoding: 'utf8' }).trim();

/** The sample district, committed on main by a test identity. */
export function gitSample(): string {
  const root = copySample();
  git(root, 'init', '-q', '-b', 'main');
  git(root, 'config', 'user.name', 'Test Lead');
  git(root, 'config', 'user.email', 'lead@example.org');
  git(root, 'add', '-A');
  git(root, 'commit', '-qm', 'district');
  return root;
}
