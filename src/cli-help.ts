// Help-text pieces shared by the commander wiring modules.
export const EDITION_CHOICES = ['responder', 'public', 'full'];

/** The "Examples:" block after a command's help. */
export const examples = (lines: string[]) => `\nExamples:\n${lines.map((l) => `  $ ${l}`).join('\n')}\n`;
