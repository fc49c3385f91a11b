// Compiles the JSON Schemas into standalone validator code, so `cssp check` neither imports the ajv
// compiler nor compiles at start-up (about 200 ms saved per run, see stack-measurements.md §4).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const read = (f) => JSON.parse(readFileSync(schemaDir + f, 'utf8'));

export function generateValidators() {
  // unicode: false counts string length in code units; the schema's only length limit is
  // minLength: 1, where that is the same, and it saves a helper call per string.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true, unicode: false, code: { source: true, esm: true } });
  addFormats(ajv, ['date']);
  ajv.addSchema(read('plan.schema.json'));
  ajv.addSchema(read('config.schema.json'));
  const code = standaloneCode(ajv, {
    validatePlan: 'https://cssp.dev/schemas/plan.schema.json',
    validateConfig: 'https://cssp.dev/schemas/config.schema.json',
  });
  // ajv's standalone output calls require() for its runtime helpers even in ESM mode.
  const header = [
    '// @ts-nocheck',
    '// Generated from schemas/*.schema.json by `npm run gen`. Do not edit by hand.',
    "import { createRequire } from 'node:module';",
    'const require = createRequire(import.meta.url);',
  ].join('\n');
  return header + '\n' + code.replace(/^"use strict";/, '') + '\n';
}
