// Ctrl+C leaves nothing behind: a render interrupted while Chromium prints removes the browser and
// its profile folder and exits 130; a temporary file being written is removed by the same cleanup.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { describe, expect, it } from 'vitest';
import { onInterrupt, runInterruptCleanups } from '../../src/util/interrupt.js';
import { writeFileAtomic } from '../../src/plan/write.js';
import { copySample, REPO } from '../helpers/district.js';
import { PDF_SKIP_REASON } from '../helpers/pdf-tools.js';
import { testdir } from '../helpers/testdir.js';

const chromiums = () => execSync('ps -eo args=', { encoding: 'utf8' }).split('\n').filter((l) => /--remote-debugging-pipe/.test(l) && !/--type=/.test(l)).length;

describe.skipIf(PDF_SKIP_REASON !== undefined)('Ctrl+C during cssp render', () => {
  it('exits 130 and leaves no Chromium, profile folder or PDF', async () => {
    const root = copySample();
    const tmp = testdir({});
    const before = chromiums();
    const child = execa('node', [`${REPO}bin/cssp.js`, 'render', '--site', 'harbor-vista-high', '--year', '2026-27', '--edition', 'full', '-o', 'x.pdf'], { cwd: root, reject: false, env: { TMPDIR: tmp } });
    // Interrupt once Chromium has its profile folder, that is, while it starts or prints.
    await expect.poll(() => readdirSync(tmp).some((f) => f.startsWith('cssp-chromium-')), { timeout: 30_000, interval: 20 }).toBe(true);
    child.kill('SIGINT');
    const result = await child;
    expect([result.exitCode, result.signal, result.stderr]).toEqual([130, undefined, expect.stringContaining('Cancelled')]);
    expect(result.stderr).toContain('Cancelled');
    // Chromium's own singleton files (org.chromium.*) are its to remove; cssp's profile folder is gone.
    expect(readdirSync(tmp).filter((f) => f.startsWith('cssp-'))).toEqual([]);
    expect(existsSync(join(root, 'x.pdf'))).toBe(false);
    await expect.poll(chromiums, { timeout: 5_000 }).toBe(before);
  }, 60_000);
});

describe('the interrupt cleanups', () => {
  it('remove a temporary file registered while it is written, and nothing once it is done', async () => {
    const dir = testdir({});
    const temp = join(dir, '.plan.yaml.1.tmp');
    writeFileAtomic(temp, 'x');
    const forget = onInterrupt(() => void execSync(`rm -f ${temp}`));
    await runInterruptCleanups();
    expect(existsSync(temp)).toBe(false);
    forget();
    writeFileAtomic(join(dir, 'plan.yaml'), 'a: 1\n');
    await runInterruptCleanups(); // nothing registered: the finished write is not touched
    expect(readdirSync(dir)).toEqual(['plan.yaml']);
  });
});
