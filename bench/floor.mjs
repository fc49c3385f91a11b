// The floor for `cssp check`'s cold run: one thread that only reads each plan and parses it with
// `yaml` (parseDocument, with positions). No schema, no rules, no report.
// Usage: node bench/floor.mjs <district root>
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { LineCounter, parseDocument } from 'yaml';

const plans = join(process.argv[2], 'plans');
let count = 0;
for (const year of readdirSync(plans).sort()) {
  if (!/^\d{4}-\d{2}$/.test(year)) continue;
  for (const file of readdirSync(join(plans, year)).sort()) {
    if (!file.endsWith('.yaml')) continue;
    parseDocument(readFileSync(join(plans, year, file), 'utf8'), { lineCounter: new LineCounter() });
    count++;
  }
}
if (count === 0) throw new Error(`no plans under ${plans}`);
