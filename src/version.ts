import { readText } from './util/files.js';
import { fileURLToPath } from 'node:url';

// src/ and dist/ both sit one level below package.json, so paths from here reach the package root.
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
