// The files of a new district repository: the templates in templates/init/ (a leading `_` in a
// name becomes `.`, as create-vite does, because npm leaves .gitignore out of packages and a
// .github folder inside this repository would be read as its own workflows), the settings and a
// package.json pinning this cssp.
import { readText } from '../util/files.js';
import { moveFile } from '../plan/write.js';
import { mkdirSync, readdirSync, rmSync } from 'node:fs';
import { basename, dirname, join, relative, resolve } from 'node:path';
import { writeFileAtomic } from '../plan/write.js';
import { packageFile, packageName, toolVersion } from '../version.js';
import { configText, type DistrictAnswers } from './config-text.js';
import { siteIdOf } from './sites-csv.js';

const TEMPLATES = 'templates/init';

function listFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? listFiles(join(dir, e.name)) : [join(dir, e.name)]));
}

const dotted = (path: string) => path.split('/').map((part) => part.replace(/^_/, '.')).join('/');

/** Every file to write, by path from the district folder (forward slashes), in a stable order. */
export function districtFiles(a: DistrictAnswers): Map<string, string> {
  const root = packageFile(TEMPLATES);
  // The staff README's examples name one of this district's own schools and its first year, so a
  // command copied from it works (an example id that does not exist only fails).
  const exampleSite = a.sites[0]?.id ?? 'lincoln-elementary';
  const fill = (text: string) => text.replaceAll('{{districtName}}', a.districtName).replaceAll('{{package}}', packageName()).replaceAll('{{version}}', toolVersion())
    .replaceAll('{{exampleSite}}', exampleSite).replaceAll('{{year}}', a.year);
  const files = new Map<string, string>();
  for (const file of listFiles(root).sort()) files.set(dotted(relative(root, file).split('\\').join('/')), fill(readText(file)));
  files.set('cssp.config.yaml', configText(a));
  files.set('package.json', `${JSON.stringify(packageJson(a.districtName), null, 2)}\n`);
  return files;
}

// Exact version, not a range: staff computers and CI then run the same rules, and a new cssp
// arrives only as a reviewed change to package.json.
function packageJson(districtName: string) {
  return {
    name: `${siteIdOf(districtName).slice(0, 200) || 'district'}-safety-plans`,
    private: true,
    description: `${districtName}: Comprehensive School Safety Plans, checked by cssp`,
    scripts: { check: 'cssp check' },
    devDependencies: { [packageName()]: toolVersion() },
  };
}

/**
 * Writes the files. A folder that does not exist yet is built beside it under a temporary name
 * and renamed into place, so it appears whole or not at all; into an existing folder each file is
 * written atomically (a temporary file, then a rename).
 */
export function writeDistrict(target: string, files: Map<string, string>, exists: boolean): void {
  const stage = exists ? target : resolve(dirname(target), `.${basename(target)}.cssp-init-${process.pid}`);
  try {
    for (const [path, text] of files) writeFileAtomic(join(stage, path), text);
    if (!exists) {
      mkdirSync(dirname(target), { recursive: true });
      moveFile(stage, target);
    }
  } catch (err) {
    if (!exists) rmSync(stage, { recursive: true, force: true });
    throw err;
  }
}
