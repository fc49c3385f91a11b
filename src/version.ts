import { readText } from './util/files.js';
import { fileURLToPath } from 'node:url';

// src/ and dist/ both sit one level below package.json, so paths from here reach the package root;
// so do the bundled CLI's files (dist/cssp.js and its chunks, scripts/bundle.mjs). Every path into
// the package is made here, so the bundle and the modules tsc writes find the same files.
const packageJson = () => JSON.parse(readText(fileURLToPath(new URL('../package.json', import.meta.url)))) as { name: string; version: string };

/** The package version. */
export function toolVersion(): string {
  return packageJson().version;
}

/** The npm package name, as a district's package.json names it. */
export function packageName(): string {
  return packageJson().name;
}

/** A file shipped in the package (schemas/, templates/), as a path. */
export const packageFile = (relative: string): string => fileURLToPath(new URL(`../${relative}`, import.meta.url));

/**
 * A module of this build by its path under the code's folder (dist/, or src/ in tests), as a URL:
 * a worker's script. The bundled CLI starts its workers from the modules tsc wrote.
 */
export const codeModule = (relative: string): URL => new URL(relative, import.meta.url);
