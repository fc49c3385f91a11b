// Regenerates every file derived from schemas/: TypeScript types and standalone validators.
// test/schema/generated-drift.test.ts fails when either is stale.
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateTypes } from './types-source.mjs';
import { generateValidators } from './validators-source.mjs';

const write = (rel, text) => {
  const out = fileURLToPath(new URL(rel, import.meta.url));
  writeFileSync(out, text);
  console.log(`wrote ${out}`);
};
write('../src/plan/types.generated.ts', await generateTypes());
write('../src/check/generated/validators.ts', generateValidators());
