// What identifies a parse: the file's bytes (hashBytes) and the build that parsed them (buildId);
// and the encoding of stored parses (asciiJson).
import { readRegularFile } from '../util/files.js';
import { codeModule } from '../version.js';
import { createHash, hash } from 'node:crypto';
import { readdirSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

/** JSON with every non-ASCII character escaped (\\u00e9): valid JSON that decodes byte for byte. */
export const asciiJson = (value: unknown): string =>
  JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);

// crypto.hash (Node 20.12+): one call, no Hash object per file (a third faster on 1,000 plans).
export const hashBytes = (bytes: Uint8Array): string => hash('sha256', bytes, 'base64url');

/**
 * What a cache entry's validity depends on besides the file's bytes: the cssp code that read it
 * (every module of this build, so a rebuilt checkout never trusts an older cache) and the versions
 * of the YAML readers. Computed only when --cache is on.
 */
export function buildId(): string {
  const root = fileURLToPath(codeModule('.'));
  const versionOf = (name: string) => (createRequire(import.meta.url)(`${name}/package.json`) as { version: string }).version;
  // Both readers: the fast path (js-yaml) and `yaml`, whichever read a file, decide what it holds.
  const hash = createHash('sha256').update(`yaml ${versionOf('yaml')}\njs-yaml ${versionOf('js-yaml')}\n`);
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const full = join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (/\.(js|ts|json)$/.test(entry.name)) hash.update(`${relative(root, full)}\n`).update(readRegularFile(full));
    }
  };
  walk(root);
  return hash.digest('base64url');
}
