// The import report: each source heading and where it went, the tables and images, and the words
// in and out. "Out" is counted from what was written (the plan read back, and the unmapped file),
// so a matching total shows nothing of the document was dropped on the way.
import type { Contact, Member } from '../plan/types.generated.js';
import { parseYaml } from '../plan/yaml-lib.js';
import { short, type Assembled } from './assemble.js';
import type { MapFile } from './plan.js';
import { countWords, markdownWords } from './words.js';

export interface WordsOut {
  sections: number;
  unmapped: number;
  data: number;
  total: number;
}

export function wordsOut(planText: string, unmapped: string, a: Assembled): WordsOut {
  const plan = parseYaml(planText).toJS() as { sections?: Record<string, { text?: string }>; committee?: { members?: Member[] }; responder?: { contacts?: Contact[] } };
  const sections = Object.values(plan.sections ?? {}).reduce((n, s) => n + markdownWords(s.text ?? ''), 0);
  const fields = (o: object, keys: string[]) => keys.reduce((n, k) => n + countWords(String((o as Record<string, string | undefined>)[k] ?? '')), 0);
  const data =
    (plan.committee?.members ?? []).reduce((n, m) => n + fields(m, ['name', 'title', 'representing']), 0) +
    (plan.responder?.contacts ?? []).reduce((n, c) => n + fields(c, ['name', 'phone', 'mobile']) + roleWords(c), 0);
  const unmappedWords = a.unmapped.length ? markdownWords(unmapped) : 0;
  const { headings, labels, numbers, repeated } = a.words;
  return { sections, unmapped: unmappedWords, data, total: sections + unmappedWords + data + headings + labels + numbers + repeated };
}

/** A shared line's role repeats its name ("Harbor Gas", role "Harbor Gas (24 hours)"): its words are counted once. */
function roleWords(c: Contact): number {
  if (c.role === c.name) return 0;
  return countWords(c.role.startsWith(`${c.name} (`) ? c.role.slice(c.name.length) : c.role);
}

export function formatReport(a: Assembled, files: readonly MapFile[], out: WordsOut, unmappedName: string): string[] {
  const width = Math.min(72, Math.max(20, ...a.rows.map((r) => short(r.source, 72).length)));
  const lines = ['  Source heading'.padEnd(width + 4) + 'Went to'];
  for (const r of a.rows) lines.push(`  ${short(r.source, 72).padEnd(width)}  ${r.went === 'unmapped' ? `unmapped (${unmappedName})` : r.went}`);
  files.forEach((f, i) => {
    const under = a.images[i]?.under;
    const what = `image ${i + 1}${under ? ` under "${short(under, 40)}"` : ''}`;
    lines.push(`  ${what.padEnd(width)}  ${f.file}${f.listed ? ' (responder.maps, visibility responder)' : ' (extracted; convert to PNG, JPEG or SVG to list it under responder.maps)'}`);
  });
  const ok = out.total === a.words.in;
  lines.push(
    '',
    `  Words: ${a.words.in} in, ${out.total} out${ok ? '' : ' - THESE DIFFER: please report this, and compare the document with the plan'}` +
      ` (${out.sections} in section text, ${out.unmapped} in ${unmappedName}, ${out.data} in committee members and contacts,` +
      ` ${a.words.headings} in the headings above that named sections, ${a.words.labels} in the column labels of converted tables` +
      `${a.words.numbers ? `, ${a.words.numbers} in typed numbers now list numbers or taken off names` : ''}` +
      `${a.words.repeated ? `, ${a.words.repeated} in names listed again in a later roster` : ''}).`,
  );
  for (const m of a.unusedMaps) lines.push(`  --map "${m}=…": no heading of the document is "${m}".`);
  return lines;
}
