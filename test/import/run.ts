// Imports a generated document into a fresh copy of the sample district (2027-28, no git).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { runImport } from '../../src/commands/import.js';
import { yamlLib } from '../../src/plan/yaml-lib.js';
import { copySample } from '../helpers/district.js';
import { writeDocx } from '../helpers/docx.js';
import { memoryIo } from '../helpers/io.js';

export interface Plan {
  version: string;
  committee: { authoringBody: string; members: { name: string; role: string; title?: string; representing?: string }[] };
  sections: Record<string, { text?: string; visibility: string; status?: string; standard?: string }>;
  responder: { contacts?: { name: string; role: string; phone: string; mobile?: string }[]; maps?: { title: string; file: string; visibility: string }[] };
}

export async function importInto(parts: Parameters<typeof writeDocx>[1], site: string, extra: string[] = []) {
  const root = copySample();
  const docx = await writeDocx(join(root, 'old-plan.docx'), parts);
  const io = memoryIo(root);
  const maps = extra.filter((_, i) => i % 2 === 1);
  const code = await runImport(docx, { site, year: '2027-28', git: false, map: maps }, io);
  const planFile = join(root, '2027-28', `${site}.yaml`);
  const text = readFileSync(planFile, 'utf8');
  return { root, docx, io, code, planFile, text, plan: yamlLib().parse(text) as Plan, unmapped: join(root, '2027-28', `${site}.unmapped.md`) };
}

export const row = (report: string, heading: string) => new RegExp(`^ {2}${heading.replace(/[()[\].*+?^$|\\]/g, '\\$&')} +(.*)$`, 'm').exec(report)?.[1];
