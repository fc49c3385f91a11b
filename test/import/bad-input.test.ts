// What cssp import refuses: each with a clear message, exit 2 (a UsageError), and nothing written.
import { existsSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runImport } from '../../src/commands/import.js';
import { UsageError } from '../../src/errors.js';
import { copySample } from '../helpers/district.js';
import { docxBuffer, withExtraEntry, writeDocx } from '../helpers/docx.js';
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

  // Sizes a zip declares are not trusted either way: what is unpacked is counted while unpacking.
  it.each([
    ['a small file that unpacks to hundreds of MiB', {}],
    ['a bomb whose directory claims no entries', { noEntries: true }],
    ['a bomb whose local headers claim tiny sizes', { smallLocalSizes: true }],
  ])('%s is refused before mammoth sees it', async (_, lie: { noEntries?: boolean; smallLocalSizes?: boolean }) => {
    const zeros = Buffer.alloc(200 * 1024 * 1024);
    const err = await refused('bomb.docx', async (p) => writeFileSync(p, withExtraEntry(await docxBuffer([{ p: 'Hello' }]), 'word/media/big.bin', zeros, lie)));
    expect(err.message).toMatch(lie.noEntries ? /^bomb\.docx has no document text/ : /^bomb\.docx unpacks to more than 96 MiB, far more than a plan; cssp stopped unpacking it\.$/);
  });

  it('a directory that declares gigabytes for a small document is not believed: it imports', async () => {
    const root = copySample();
    const zip = await docxBuffer([{ h: 1, text: 'Earthquake' }, { p: 'Drop, cover, hold on.' }]);
    for (let at = zip.indexOf('PK\x01\x02', 0, 'latin1'); at >= 0; at = zip.indexOf('PK\x01\x02', at + 4, 'latin1')) zip.writeUInt32LE(1 << 30, at + 24);
    writeFileSync(join(root, 'plan.docx'), zip);
    expect(await runImport(join(root, 'plan.docx'), { site: 'bayside-elementary', year: '2027-28', git: false }, memoryIo(root))).toBe(0);
  });

  it('a document of tens of thousands of tiny paragraphs, before converting it', async () => {
    const err = await refused('tiny.docx', (p) => writeDocx(p, Array.from({ length: 25_000 }, (_, i) => ({ p: String(i) }))));
    expect(err.message).toBe('tiny.docx has 25,000 paragraphs, more than the 20,000 cssp imports (a 300-page plan has about 3,000).');
  }, 60_000);

  it('a plan that exists, without --force', async () => {
    const root = copySample();
    const docx = await writeDocx(join(root, 'plan.docx'), [{ h: 1, text: 'Earthquake' }, { p: 'Drop, cover, hold on.' }]);
    await expect(runImport(docx, { site: 'bayside-elementary', year: '2026-27', git: false }, memoryIo(root))).rejects.toThrow('2026-27/bayside-elementary.yaml already exists; cssp did not change anything.');
  });
});
