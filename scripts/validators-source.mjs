// Compiles the JSON Schemas into standalone validator code, so `cssp check` neither imports the ajv
// compiler nor compiles at start-up (about 200 ms saved per run).
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const schemaDir = fileURLToPath(new URL('../schemas/', import.meta.url));
const read = (f) => JSON.parse(readFileSync(schemaDir + f, 'utf8'));

export function generateValidators() {
  // minLength counts code points (ajv's ucs2length helper), as JSON Schema defines it. The
  // deprecated `unicode: false` counted code units instead: the same answer for our only limit,
  // minLength: 1, and measured 5 µs faster per plan (55 ms on 10,000 plans, about 1% of a run),
  // not worth an option ajv warns about on every build.
  const ajv = new Ajv2020({ allErrors: true, strict: true, strictRequired: false, verbose: true, code: { source: true, esm: true } });
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
    '// Generated from schemas/*.schema.json by `npm run build` (scripts/gen-validators.mjs). Not committed.',
    "import { createRequire } from 'node:module';",
    "import { isIsoDate } from '../../util/iso-date.js';",
    'const require = createRequire(import.meta.url);',
  ].join('\n');
  return header + '\n' + fasterChecks(code.replace(/^"use strict";/, '')) + '\n';
}

/**
 * Two checks that ran for every string and every date of every plan, done faster with the same
 * answers (together about 3% of a warm `cssp check --cache` of 10,000 plans):
 * - `minLength: 1` counts code points (ucs2length) to compare with 1; a string has at least one
 *   code point exactly when it has at least one code unit, so its length says the same.
 * - the `date` format: ajv-formats' regular expression and month table, or cssp's own test of a
 *   YYYY-MM-DD calendar date (character codes, the same leap years), which the rules use too.
 */
function fasterChecks(code) {
  const lengthHelper = /const (func\d+) = require\("ajv\/dist\/runtime\/ucs2length"\)\.default;/.exec(code)?.[1];
  const dateFormat = /const (formats\d+) = require\("ajv-formats\/dist\/formats"\)\.fullFormats\.date;/;
  if (!lengthHelper || !dateFormat.test(code)) throw new Error('ajv output changed: update fasterChecks in scripts/validators-source.mjs');
  return code
    .replace(new RegExp(`\\b${lengthHelper}\\((data\\d*)\\) < 1\\b`, 'g'), '$1.length < 1')
    .replace(dateFormat, 'const $1 = { validate: isIsoDate };');
}
