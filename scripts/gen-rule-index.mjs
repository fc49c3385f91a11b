import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { generateRuleIndex } from './rule-index-source.mjs';

writeFileSync(fileURLToPath(new URL('../src/rules/index.ts', import.meta.url)), generateRuleIndex());
