// Temporary copies of the sample district, optionally with text edits applied to some files.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll } from 'vitest';

export const SAMPLE = new URL('../../plans/', import.meta.url).pathname;
export const REPO = new URL('../../', import.meta.url).pathname;

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A fresh copy of plans/ in a temp folder; returns its root. */
export function copySample(): string {
  const root = mkdtempSync(join(tmpdir(), 'cssp-district-'));
  made.push(root);
  cpSync(SAMPLE, root, { recursive: true });
  return root;
}

export interface Edit {
  /** File relative to the district root. */
  file: string;
  find: string;
  replace: string;
}

/** Applies an edit (the find text must occur exactly once) and returns the 1-based line it starts on. */
export function applyEdit(root: string, edit: Edit): number {
  const path = join(root, edit.file);
  const text = readFileSync(path, 'utf8');
  const at = text.indexOf(edit.find);
  if (at < 0 || text.indexOf(edit.find, at + 1) >= 0) throw new Error(`edit target must occur once in ${edit.file}: ${edit.find}`);
  writeFileSync(path, text.slice(0, at) + edit.replace + text.slice(at + edit.find.length));
  return text.slice(0, at).split('\n').length;
}
