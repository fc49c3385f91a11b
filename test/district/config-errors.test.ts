// A district whose cssp.config.yaml has one error (an unknown key): every command that reads the
// config stops with exit 2 and names the error at file:line:column, before it reads, edits or
// prints anything. `render` and `bundle` once printed from a half-read config with exit 0.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { copySample, REPO } from '../helpers/district.js';

const PLAN = '2026-27/bayside-elementary.yaml';
const commands: [string, string[]][] = [
  ['check', ['check', '--as-of', '2026-11-23']],
  ['render a file', ['render', PLAN, '--html', '-o', 'x.html']],
  ['render --site', ['render', '--site', 'bayside-elementary', '--year', '2026-27', '--html', '-o', 'x.html']],
  ['edit a file', ['edit', PLAN, '--no-open']],
  ['edit --site', ['edit', '--site', 'bayside-elementary', '--no-open']],
  ['bundle', ['bundle', '--year', '2026-27', '-o', 'out']],
  ['bundle --merge', ['bundle', '--merge', 'shard-1', 'shard-2', '-o', 'out']],
  ['status', ['status', '--as-of', '2026-11-23']],
  ['diff', ['diff', 'bayside-elementary']],
  ['distribute', ['distribute', '--site', 'bayside-elementary', '--year', '2026-27', '--agency', 'fire', '--edition', 'responder', '--date', '2026-11-20']],
  ['new', ['new', '--site', 'bayside-elementary', '--year', '2027-28', '--yes', '--no-git']],
  ['drill add', ['drill', 'add', '--site', 'bayside-elementary', '--year', '2026-27', '--type', 'fire', '--date', '2026-11-20']],
  ['drill list', ['drill', 'list', '--year', '2026-27']],
  ['drill due', ['drill', 'due', '--year', '2026-27', '--as-of', '2026-11-23']],
  ['drill schedule', ['drill', 'schedule', '--year', '2026-27', '-o', 'x.ics']],
  ['drill export', ['drill', 'export', '--year', '2026-27', '-o', 'x.csv']],
  ['import', ['import', 'plan.docx', '--site', 'bayside-elementary', '--year', '2027-28', '--no-git']],
];

describe('a cssp.config.yaml with an error stops every command', () => {
  let root: string;
  let line: number;
  let before: Map<string, string>;
  const snapshot = (dir: string) => new Map(readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => {
    const path = join(e.parentPath, e.name);
    return [path, readFileSync(path, 'utf8')];
  }));

  beforeAll(() => {
    root = copySample();
    const file = join(root, 'cssp.config.yaml');
    const text = readFileSync(file, 'utf8');
    const at = text.indexOf('plansDir: .\n');
    writeFileSync(file, `${text.slice(0, at)}plansDir: .\ncolour: blue\n${text.slice(at + 'plansDir: .\n'.length)}`);
    line = text.slice(0, at).split('\n').length + 1;
    writeFileSync(join(root, 'plan.docx'), 'not really a Word file');
    before = snapshot(root);
  });

  it.each(commands)('%s exits 2 naming cssp.config.yaml:line:column', async (_, args) => {
    const r = await execa('node', [`${REPO}bin/cssp.js`, ...args], { cwd: root, reject: false, env: { NO_COLOR: '1' } });
    expect(r.exitCode, r.stderr).toBe(2);
    const output = `${r.stdout}\n${r.stderr}`;
    expect(output).toMatch(new RegExp(`cssp\\.config\\.yaml:${line}:1\\b`));
    expect(output).toContain('colour');
    // Nothing was written or changed.
    expect(snapshot(root)).toEqual(before);
  }, 30_000);
});
