// Help-text pieces shared by the commander wiring modules.
import { EDITIONS } from './plan/editions.js';

export const EDITION_CHOICES: string[] = [...EDITIONS];

/** The "Examples:" block after a command's help. */
export const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;

/** --root, as every command that works on the whole district takes it. */
export const ROOT_HELP = 'the district folder holding cssp.config.yaml (default: found from the current folder)';
