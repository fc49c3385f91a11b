// cssp import on plans in the layouts of real California plans (README.md in this folder): every
// roster row a member, every contact row with a number a contact, the headings in place, every
// word accounted for, no needless Markdown escapes, and a plan cssp check reads without schema errors.

import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { short } from '../../src/import/assemble.js';
import { countWords } from '../../src/import/words.js';
import { memoryIo } from '../helpers/io.js';
import { LAYOUTS } from './real-layouts.js';
import { importInto, row } from './run.js';

describe.each(LAYOUTS)('cssp import, $name', (layout) => {
  const imported = importInto(layout.parts, layout.site);

  it('makes every roster row a member, with its role and the title the plan gave', async () => {
    const { plan } = await imported;
    expect(plan.committee.members.map((m) => [m.name, m.role])).toEqual(layout.members);
    for (const m of plan.committee.members) expect(m.title ?? m.representing, m.name).toBeTruthy();
  });

  it('makes every contact row with a phone number a contact, the number as the schema writes it', async () => {
    const { plan } = await imported;
    const contacts = (plan.responder.contacts ?? []) as { name: string; phone: string; available24x7?: boolean }[];
    expect(contacts.map((c) => [c.name, c.phone, c.available24x7 === true])).toEqual(layout.contacts);
  });

  it('puts at least 90% of the headings that name sections in place (here: all), and a section it says was filled has text', async () => {
    const { io, plan } = await imported;
    const report = io.stdoutText;
    // The report shortens a long heading to 72 characters.
    const placed = Object.entries(layout.headings).filter(([heading, went]) => row(report, short(heading, 72)) === went);
    expect(placed.map(([h]) => h)).toEqual(Object.keys(layout.headings));
    for (const [heading, went] of Object.entries(layout.headings)) {
      if (/^[a-zA-Z]+$/.test(went)) expect(plan.sections[went]?.text, heading).toBeTruthy();
    }
    for (const m of report.matchAll(/^ {2}.+? {2,}([a-zA-Z]+)$/gm)) expect(plan.sections[m[1]!]?.text ?? 'unmapped', m[0]).toBeTruthy();
  });

  it('keeps every word: the report counts them exactly, and they agree', async () => {
    const { docx, io } = await imported;
    const source = countWords((await mammoth.extractRawText({ path: docx })).value);
    const m = /Words: (\d+) in, (\d+) out/.exec(io.stdoutText);
    expect(m?.slice(1).map(Number)).toEqual([source, source]);
    expect(io.stdoutText).not.toContain('THESE DIFFER');
  });

  it('writes no needless Markdown escapes, and leaves no imported section marked not written but the dress code', async () => {
    const { text, plan } = await imported;
    expect(text).not.toMatch(/\d\\\.|\\-|\\\[|\\\]/);
    for (const [key, section] of Object.entries(plan.sections)) {
      if (section.text && key !== 'dressCode') expect(section.status, key).toBeUndefined();
    }
  });

  it('writes a plan cssp check reads without schema errors', async () => {
    const { root, planFile } = await imported;
    const io = memoryIo(root);
    await runCheck([planFile], { asOf: '2027-09-01', format: 'json' }, io);
    const found = (JSON.parse(io.stdoutText) as { diagnostics: { ruleId: string; message: string }[] }).diagnostics;
    expect(found.filter((d) => d.ruleId === 'schema' || d.ruleId.startsWith('yaml'))).toEqual([]);
  });
});

it('asks the dress-code question when the text came in without the answer', async () => {
  const high = LAYOUTS.find((l) => l.site === 'harbor-vista-high')!;
  const { io, plan } = await importInto(high.parts, high.site);
  expect(plan.sections.dressCode).toMatchObject({ status: 'not-written', text: expect.stringContaining('Gang-related apparel') as string });
  expect(io.stdoutText).toContain('Did the school adopt a dress code prohibiting gang-related apparel (EC 35183)?');
});
