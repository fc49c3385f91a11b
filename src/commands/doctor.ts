// cssp doctor: is this machine ready to print? Node, a browser, the embedded fonts and git, each
// with the fix when missing. Exit 1 when something printing needs is missing (git is optional).
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Io } from '../io/std.js';
import { findBrowser, INSTALL_HINT } from '../render/browser-path.js';
import { findDistrictRoot } from '../plan/discover.js';
import { IGNORED_OUTPUTS, ignoresOutFolder, OUT_FOLDER } from '../district/out-dir.js';
import { catalogLanguages, loadCatalog } from '../render/catalogs.js';

export interface Check {
  name: string;
  ok: boolean;
  detail: string;
  fix?: string;
  optional?: boolean;
}

const MIN_NODE = [20, 17];

const run = (cmd: string, args: string[]) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'], timeout: 10_000 }).trim();

export function doctorChecks(env: Record<string, string | undefined>): Check[] {
  const [major = 0, minor = 0] = process.versions.node.split('.').map(Number);
  const nodeOk = major > MIN_NODE[0]! || (major === MIN_NODE[0] && minor >= MIN_NODE[1]!);
  const checks: Check[] = [{ name: 'Node.js', ok: nodeOk, detail: process.versions.node, fix: 'Install Node.js 20.17 or later (https://nodejs.org), for example with nvm install 22.' }];

  const browser = findBrowser(env);
  if (!browser) {
    checks.push({ name: 'Chrome or Chromium', ok: false, detail: 'not found', fix: INSTALL_HINT });
  } else if (!existsSync(browser.path)) {
    checks.push({ name: 'Chrome or Chromium', ok: false, detail: `${browser.source} names ${browser.path}, which does not exist`, fix: INSTALL_HINT });
  } else {
    let version = '';
    try {
      version = run(browser.path, ['--version']);
    } catch {
      version = '(version unknown)';
    }
    checks.push({ name: 'Chrome or Chromium', ok: true, detail: `${version} at ${browser.path} (${browser.source})` });
  }

  try {
    createRequire(import.meta.url).resolve('@fontsource/source-sans-3/files/source-sans-3-latin-400-normal.woff2');
    checks.push({ name: 'Fonts', ok: true, detail: 'Source Sans 3 (embedded in every PDF from @fontsource/source-sans-3)' });
  } catch {
    checks.push({ name: 'Fonts', ok: false, detail: '@fontsource/source-sans-3 is missing', fix: 'Reinstall cssp (npm ci, or npm install -g cssp) so its font package is present.' });
  }

  checks.push(catalogsCheck());

  try {
    checks.push({ name: 'git', ok: true, detail: run('git', ['--version']), optional: true });
  } catch {
    checks.push({ name: 'git', ok: false, optional: true, detail: 'not found', fix: 'Install git (apt-get install git, brew install git, winget install Git.Git). Without it the version stamp has no commit.' });
  }
  return checks;
}

/** The family edition's catalogs: which a native speaker has reviewed, and which are drafts. */
export function catalogsCheck(): Check {
  const catalogs = catalogLanguages().map(loadCatalog).filter((c) => c.review.state !== 'source');
  const drafts = catalogs.filter((c) => c.review.state !== 'reviewed');
  const names = (list: typeof catalogs) => list.map((c) => `${c.englishName} (${c.language})`).join(', ');
  if (!drafts.length) return { name: 'Family-edition catalogs', ok: true, optional: true, detail: `reviewed by a native speaker: ${names(catalogs)}` };
  return {
    name: 'Family-edition catalogs', ok: false, optional: true,
    detail: `not yet reviewed by a native speaker: ${names(drafts)}; the family edition says so beside what it prints from them`,
    fix: 'Have a qualified translator review the headings and general guidance (assets/catalogs/family/<lang>.json in cssp), then contribute the review so its state becomes reviewed.',
  };
}

/** git's own answer (any .gitignore up the tree, global excludes), or undefined outside a repository or without git. */
function gitIgnores(root: string, path: string): boolean | undefined {
  const { status } = spawnSync('git', ['check-ignore', '-q', path], { cwd: root, stdio: 'ignore', timeout: 10_000 });
  return status === 0 ? true : status === 1 ? false : undefined;
}

/** Inside a district: does git ignore out/, where render, bundle and drill schedule write? */
export function outputsCheck(cwd: string): Check[] {
  const root = findDistrictRoot(cwd);
  if (!root) return [];
  if (gitIgnores(root, `${OUT_FOLDER}/responder.pdf`) ?? ignoresOutFolder(root)) return [{ name: 'Printed output', ok: true, optional: true, detail: `${OUT_FOLDER}/ is in .gitignore, so PDFs printed there stay out of git` }];
  return [{
    name: 'Printed output', ok: false, optional: true,
    detail: `the district's .gitignore does not ignore ${OUT_FOLDER}/, where cssp writes PDFs: \`git add .\` would commit responder and confidential PDFs`,
    fix: `Add these lines to ${root}/.gitignore:\n${IGNORED_OUTPUTS.join('\n')}`,
  }];
}

export function runDoctor(io: Io): number {
  const checks = [...doctorChecks(io.env), ...outputsCheck(io.cwd)];
  for (const c of checks) {
    io.stdout(`${c.ok ? '✔' : c.optional ? '!' : '✖'} ${c.name}: ${c.detail}\n`);
    if (!c.ok && c.fix) io.stdout(`${c.fix.replace(/^/gm, '    ')}\n`);
  }
  const missing = checks.filter((c) => !c.ok && !c.optional);
  io.stdout(missing.length ? `\ncssp cannot print PDFs until ${missing.map((c) => c.name).join(', ')} ${missing.length === 1 ? 'is' : 'are'} fixed.\n` : '\nReady to print PDFs.\n');
  return missing.length ? 1 : 0;
}
