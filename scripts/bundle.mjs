// The CLI as bin/cssp.js runs it: dist/main.js (as tsc wrote it) and every module it imports,
// bundled by esbuild into dist/cssp.js, with each lazily imported command in a chunk of its own
// beside it. Node then resolves, loads and links a few files instead of about 150, which saved
// 30-45 ms on every run (a check of one plan: 0.165 s -> 0.120 s; bench/results.md).
// Packages stay outside (node_modules). Every file sits directly in dist/, as version.ts expects
// of the code that finds the package's files; workers start from the modules tsc wrote
// (version.ts, codeModule).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
// Chunks of an earlier bundle: their names carry a content hash, so nothing overwrites them.
for (const f of readdirSync(dist)) if (f.startsWith('cssp-chunk-')) rmSync(join(dist, f));

await build({
  entryPoints: { cssp: join(dist, 'main.js') },
  outdir: dist,
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20.17',
  packages: 'external',
  chunkNames: 'cssp-chunk-[hash]',
  logLevel: 'warning',
});
