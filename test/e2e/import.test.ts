// cssp import through the built command: the branch and commit, -o, and refusals on stderr with exit 2.
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { copySample, REPO } from '../helpers/district.js';
import { writeDocx } from '../helpers/docx.js';
import { git, gitSample } from '../helpers/git.js';
import { OLD_TEMPLATE } from '../import/fixtures.js';

const cssp = (args: string[], cwd: string) => execa('node', [`${REPO}bin/cssp.js`, 'import', ...args], { cwd, reject: false, stdin: 'ignore', env: { NO_COLOR: '1' } });
// The document lives outside the district, as a download would.
const docx = async () => writeDocx(join(mkdtempSync(join(tmpdir(), 'cssp-docx-')), 'Bayside CSSP 2025-26.docx'), OLD_TEMPLATE);

describe('cssp import, the command', () => {
  it('commits the plan, the unmapped file and the map on cssp/<site>-<year>', async () => {
    const root = gitSample();
    const r = await cssp([await docx(), '--site', 'bayside-elementary', '--year', '2027-28'], root);
    expect(r.stderr).toBe('');
    expect(r.exitCode).toBe(0);
    expect(git(root, 'branch', '--show-current')).toBe('cssp/bayside-elementary-2027-28');
    expect(git(root, 'show', '--name-only', '--format=%s', 'HEAD').split('\n')).toEqual([
      'Bayside Elementary School: import the 2027-28 safety plan from Bayside CSSP 2025-26.docx',
      '',
      '2027-28/bayside-elementary.unmapped.md',
      '2027-28/bayside-elementary.yaml',
      '2027-28/maps/bayside-elementary-import-1.png',
    ]);
    expect(git(root, 'status', '--porcelain')).toBe('');
  });

  it('-o writes the plan elsewhere with its unmapped file and maps beside it, and commits nothing', async () => {
    const root = copySample();
    const r = await cssp([await docx(), '--site', 'bayside-elementary', '--year', '2027-28', '-o', 'review/bayside.yaml'], root);
    expect(r.exitCode).toBe(0);
    expect(readFileSync(join(root, 'review/bayside.yaml'), 'utf8')).toContain('version: 2027-28.0-imported');
    expect(existsSync(join(root, 'review/bayside.unmapped.md'))).toBe(true);
    expect(existsSync(join(root, 'review/maps/bayside-elementary-import-1.png'))).toBe(true);
    expect(existsSync(join(root, '2027-28'))).toBe(false);
  });

  it('refuses an old .doc and a bad --map on stderr, with exit 2', async () => {
    const root = copySample();
    writeFileSync(join(root, 'plan.doc'), Buffer.concat([Buffer.from('d0cf11e0a1b11ae1', 'hex'), Buffer.alloc(600)]));
    const doc = await cssp(['plan.doc', '--site', 'bayside-elementary', '--year', '2027-28', '--no-git'], root);
    expect(doc.exitCode).toBe(2);
    expect(doc.stderr).toMatch(/^cssp: plan\.doc is an old Word 97-2003 document \(\.doc\); cssp reads only \.docx\.\nOpen it in Word/);
    const map = await cssp([await docx(), '--site', 'bayside-elementary', '--year', '2027-28', '--map', 'Bus Schedule=buses'], root);
    expect(map.exitCode).toBe(2);
    expect(map.stderr).toContain('cssp: --map "Bus Schedule=buses": buses is not a plan section.');
    expect(existsSync(join(root, '2027-28'))).toBe(false);
  });
});
