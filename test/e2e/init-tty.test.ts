// The real `cssp init` prompts through a pseudo-terminal, each answer typed once its question shows.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { REPO } from '../helpers/district.js';
import { git } from '../helpers/git.js';
import { terminal } from '../helpers/terminal.js';
import { testdir } from '../helpers/testdir.js';

const home = (cwd: string) => ({ HOME: join(cwd, '.home'), XDG_CONFIG_HOME: join(cwd, '.home'), GIT_CONFIG_NOSYSTEM: '1', GIT_CEILING_DIRECTORIES: cwd });

describe('cssp init on a terminal', () => {
  it('asks for the district, year, schools and folder, checking each answer, then commits', async () => {
    const cwd = testdir({ 'sites.csv': 'name,level,grades,cds code\r\nLincoln Elementary,elementary,TK-5,01611926000001\r\n', '.home/.gitconfig': '[user]\n\tname = Test Lead\n\temail = lead@example.org\n' });
    const t = terminal(cwd, `node ${REPO}bin/cssp.js init`, home(cwd));
    const at = await t.converse([
      ['District name (full legal name)?', 'Lincoln Unified School District\r'],
      ['District CDS code', '1-61119\r'],
      ['write the 7-digit County-District code', '\x7f'.repeat(7) + '01-61119\r'],
      ['School year of the first calendar?', '\r'],
      ['A CSV file of your schools', 'sites.csv\r'],
      ['Folder for the district repository? (lincoln-unified-school-district)', '\r'],
    ]);
    await t.waitFor('and committed the 11 files', at);
    expect(await t.exited).toBe(0);
    const root = join(cwd, 'lincoln-unified-school-district');
    expect(readFileSync(join(root, 'cssp.config.yaml'), 'utf8')).toContain('  - id: lincoln-elementary\n    name: Lincoln Elementary\n');
    expect(git(root, 'log', '--format=%an')).toBe('Test Lead');
  }, 30_000);

  it('Ctrl+C prints Cancelled, exits 130 and writes nothing', async () => {
    const cwd = testdir({});
    const t = terminal(cwd, `node ${REPO}bin/cssp.js init district`, home(cwd));
    await t.waitFor('District name');
    t.type('Lincoln USD\r');
    await t.waitFor('District CDS code');
    t.type('\x03');
    expect(await t.exited).toBe(130);
    expect(t.plain()).toContain('Cancelled');
    expect(readdirSync(cwd)).toEqual([]);
  }, 30_000);
});
