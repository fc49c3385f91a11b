// The only importer of @inquirer/prompts, so tests replace every question with vi.mock. Ctrl+C
// at any prompt becomes CancelledError: main.ts prints "Cancelled" and exits 130, and no command
// has written anything by then (they ask first, then write).
import { styleText } from 'node:util';
import { confirm, input, search, select } from '@inquirer/prompts';
import { CancelledError } from '../errors.js';

/** true when the answer is good, or what is wrong with it (shown under the prompt). */
export type Validate = (value: string) => true | string;

export interface Choice<T> {
  name: string;
  value: T;
  description?: string;
}

/** More choices than this get type-to-filter instead of a list to scroll. */
const SEARCH_FROM = 8;

async function cancellable<T>(ask: () => Promise<T>): Promise<T> {
  try {
    return await ask();
  } catch (err) {
    if (err instanceof Error && err.name === 'ExitPromptError') throw new CancelledError();
    throw err;
  }
}

export function askText(options: { message: string; default?: string; validate?: Validate }): Promise<string> {
  return cancellable(() => input({ message: options.message, default: options.default, validate: options.validate }));
}

export function askConfirm(options: { message: string; default?: boolean }): Promise<boolean> {
  return cancellable(() => confirm({ message: options.message, default: options.default }));
}

export function askSelect<T>(options: { message: string; choices: readonly Choice<T>[]; default?: T }): Promise<T> {
  const { message, choices } = options;
  if (choices.length <= SEARCH_FROM) return cancellable(() => select({ message, choices: [...choices], default: options.default }));
  const matches = (term: string | undefined) => {
    const words = (term ?? '').toLowerCase().split(/\s+/).filter(Boolean);
    return choices.filter((c) => words.every((w) => `${c.name} ${c.description ?? ''}`.toLowerCase().includes(w)));
  };
  // "(type to filter)" is help while choosing, not part of the answered line.
  const theme = { style: { message: (text: string, status: string) => styleText('bold', status === 'done' ? message : text) } };
  return cancellable(() => search<T>({ message: `${message} (type to filter)`, source: (term) => matches(term), theme }));
}
