// Writes src/check/generated/validators.ts from schemas/. Run by `npm run build` (and so by
// `prepare` and `pretest`), `typecheck` and `lint`: the file is built, not committed, so it can't
// go stale. Generating takes about 0.2 s; the file is 270 KB of code nobody reviews.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { generateValidators } from './validators-source.mjs';

const out = fileURLToPath(new URL('../src/check/generated/validators.ts', import.meta.url));
const text = generateValidators();
const current = existsSync(out) ? readFileSync(out, 'utf8') : undefined;
// Unchanged output is not rewritten, so tsc and editors don't see a new file on every build.
if (current !== text) {
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, text);
}
