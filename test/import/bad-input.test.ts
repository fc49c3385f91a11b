// What cssp import refuses: each with a clear message, exit 2 (a UsageError), and nothing written.
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/commands/import.js';
import { UsageError } from '../../src/errors.js';
import { unzippedSize } from '../../src/import/read.js';
import { copySample } from '../helpers/district.js';
import { docxBuffer, writeDocx } from '../helpers/docx.js';
import { memoryIo } from '../helpers/io.js';

const OLE = Buffer.from('d0cf11e0a1b11ae1', 'hex');

async function refused(file: string, make: (path: string) => unknown): Promise<UsageError> {
  const root = copySample();
  const path = join(root, file);
  await make(path);
  const err = await runImport(path, { site: 'bayside-elementary', year: '2027-28', git: false }, memoryIo(root)).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(UsageError);
  expect((err as UsageError).exitCode).toBe(2);
  expect(existsSync(join(root, '2027-28'))).toBe(false);
  return err as UsageError;
}

describe('cssp import refuses bad input, writing nothing', () => {
  it('an old binary .doc, with how to save it as .docx', async () => {
    const err = await refused('plan.doc', (p) => writeFileSync(p, Buffer.concat([OLE, Buffer.alloc(600)])));
    expect(err.message).toBe('plan.doc is an old Word 97-2003 document (.doc); cssp reads only .docx.');
    expect(err.hint).toMatch(/save it as a Word document \(\.docx\)/);
  });

  it('a password-protected document', async () => {
    const err = await refused('locked.docx', (p) => writeFileSync(p, Buffer.concat([OLE, Buffer.alloc(100), Buffer.from('EncryptedPackage', 'utf16le')])));
    expect(err.message).toBe('locked.docx is password-protected, so cssp cannot read it.');
  });

  it('a file that is not a Word document at all', async () => {
    const err = await refused('notes.docx', (p) => writeFileSync(p, 'Just some notes\n'));
    expect(err.message).toBe('notes.docx is not a Word document (.docx).');
  });

  it('a damaged .docx', async () => {
    const err = await refused('broken.docx', async (p) => writeFileSync(p, (await docxBuffer([{ p: 'Hello' }])).subarray(0, 300)));
    expect(err.message).toMatch(/^broken\.docx could not be read as a Word document \(.+\); it may be damaged/);
  });

  it('a document with no text', async () => {
    const err = await refused('empty.docx', (p) => writeDocx(p, [{ p: '   ' }]));
    expect(err.message).toBe('empty.docx has no text to import.');
  });

  it('a file over the size limit, before reading it', async () => {
    const err = await refused('huge.docx', (p) => {
      writeFileSync(p, '');
      truncateSync(p, 65 * 1024 * 1024);
    });
    expect(err.message).toMatch(/^huge\.docx is 65 MiB, more than the 64 MiB/);
  });

  it('a small file that would unpack to gigabytes (a zip bomb)', async () => {
    const err = await refused('bomb.docx', async (p) => {
      const zip = await docxBuffer([{ p: 'Hello' }]);
      // Every entry of the central directory now declares 1 GiB unpacked.
      for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4, 'latin1')) zip.writeUInt32LE(1 << 30, at + 24);
      writeFileSync(p, zip);
    });
    expect(err.message).toBe('bomb.docx would expand to more than 512 MiB when unpacked, far more than a plan; cssp did not read it.');
  });

  it('counts what an ordinary document unpacks to', async () => {
    const zip = await docxBuffer([{ p: 'Hello' }]);
    expect(unzippedSize(zip)).toBeGreaterThan(1000);
    expect(unzippedSize(zip)).toBeLessThan(100_000);
  });

  it('a plan that exists, without --force', async () => {
    const root = copySample();
    const docx = await writeDocx(join(root, 'plan.docx'), [{ h: 1, text: 'Earthquake' }, { p: 'Drop, cover, hold on.' }]);
    await expect(runImport(docx, { site: 'bayside-elementary', year: '2026-27', git: false }, memoryIo(root))).rejects.toThrow('2026-27/bayside-elementary.yaml already exists; cssp did not change anything.');
  });
});
