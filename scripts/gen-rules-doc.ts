// Writes docs/rules.md from the rule metadata (test/generated-drift.test.ts checks it is current).
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { rulesMarkdown } from '../src/commands/rules.js';

mkdirSync(fileURLToPath(new URL('../docs/', import.meta.url)), { recursive: true });
writeFileSync(fileURLToPath(new URL('../docs/rules.md', import.meta.url)), rulesMarkdown());
