// A deliberately broken copy of the sample district: each defect must be reported by the right rule
// at the line the defect is on. Lines are found from the edit itself, so the sample can evolve.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execa } from 'execa';
import { beforeAll, describe, expect, it } from 'vitest';
import { applyEdit, copySample, REPO, type Edit } from '../helpers/district.js';

interface Defect extends Edit {
  ruleId: string;
  /** Line of the finding relative to the first line of `find` (default 0). */
  lineOffset?: number;
  /** The finding is on the line that starts with this text (in the edited file), not at the edit. */
  at?: string;
}

const B26 = '2026-27/bayside-elementary.yaml';
const B25 = '2025-26/bayside-elementary.yaml';
const C25 = '2025-26/cypress-grove-elementary.yaml';
const C26 = '2026-27/cypress-grove-elementary.yaml';
const H25 = '2025-26/harbor-vista-high.yaml';
const H26 = '2026-27/harbor-vista-high.yaml';
const P26 = '2026-27/pelican-ridge-middle.yaml';
const S26 = '2026-27/seacliff-k8.yaml';

const defects: Defect[] = [
  { file: B26, find: 'level: elementary', replace: 'level: elemantary', ruleId: 'schema' },
  { file: B26, find: '  earthquake:\n    text: |', replace: '  earthquakes:\n    text: |', ruleId: 'schema' },
  { file: B26, find: '  - type: fire\n    date: 2026-11-18', replace: '  - type: fire\n    date: 2026-12-18', ruleId: 'drill-dates', lineOffset: 1 },
  { file: B26, find: 'file: maps/bayside-elementary-campus.svg', replace: 'file: maps/bayside-campus.svg', ruleId: 'referenced-files' },
  { file: B25, find: 'adoption:\n  date: 2026-02-10', replace: 'adoption:\n  date: 2026-03-05', ruleId: 'adoption-deadline', lineOffset: 1 },
  { file: B25, find: 'approval:\n  body: Harbor Vista USD Governing Board\n  date: 2026-03-12', replace: 'approval:\n  body: Harbor Vista USD Governing Board\n  date: 2026-03-02', ruleId: 'district-approval', lineOffset: 2 },
  { file: C25, find: '      role: principal\n', replace: '      role: other\n', ruleId: 'committee-composition', lineOffset: -2 },
  { file: C26, find: '  enrollment: 402\n', replace: '  enrollment: 402\n  grades: K-5\n', ruleId: 'yaml-duplicate-key', lineOffset: 1 },
  { file: H25, find: '      parentNoticeAfter: 2026-03-05\n      startAnnouncement: true\n      ageAppropriate: true\n      supportResources: true\n      simulatedGunfire: false', replace: '      parentNoticeAfter: 2026-03-05\n      startAnnouncement: true\n      ageAppropriate: true\n      supportResources: true\n      simulatedGunfire: true', ruleId: 'armed-assailant-drill-record', lineOffset: 4 },
  // The district treats lockdown as its armed-assailant drill, so a lockdown drill without its AB 1858 record is reported.
  { file: H26, find: '    armedAssailant:\n      parentNoticeBefore: 2026-10-19\n      parentNoticeAfter: 2026-10-21\n', replace: '    armedAssailant:\n      parentNoticeAfter: 2026-10-21\n', ruleId: 'armed-assailant-drill-record' },
  // Only tactical portions may be withheld from the public.
  { file: B26, find: 'and the annual parent survey.\n    visibility: public\n', replace: 'and the annual parent survey.\n    visibility: responder\n', ruleId: 'section-visibility', lineOffset: 1 },
  { file: H26, find: '      role: student\n', replace: '      role: other\n', ruleId: 'committee-pupil-member', at: '  members:' },
  { file: P26, find: '  - type: fire\n    date: 2026-09-09', replace: '  - type: evacuation\n    date: 2026-09-09', ruleId: 'fire-drill-frequency', at: 'drills:' },
  { file: S26, find: '    - kind: water', replace: '\t- kind: water', ruleId: 'yaml-syntax' },
  { file: C25, find: '    - kind: gas\n', replace: '    - kind: other\n', ruleId: 'responder-packet', lineOffset: -1 },
  { file: 'cssp.config.yaml', find: '    cdsCode: "99999011930023"\n', replace: '    cdsCode: "99999011930023"\n  - id: lighthouse-elementary\n    name: Lighthouse Elementary School\n    level: elementary\n    grades: K-5\n', ruleId: 'district-coverage', lineOffset: 1 },
];

interface Json {
  diagnostics: { file: string; line: number; column: number; ruleId: string; message: string }[];
}

describe('cssp check on a broken copy of the sample district', () => {
  let out: Json;
  let root: string;
  const lines = new Map<Defect, number>();

  beforeAll(async () => {
    root = copySample();
    for (const d of defects) {
      const edited = applyEdit(root, d) + (d.lineOffset ?? 0);
      const at = d.at && readFileSync(join(root, d.file), 'utf8').split('\n').findIndex((l) => l.startsWith(d.at!)) + 1;
      lines.set(d, at || edited);
    }
    const r = await execa('node', [`${REPO}bin/cssp.js`, 'check', '--as-of', '2026-11-23', '--format', 'json'], { cwd: root, reject: false });
    expect(r.exitCode).toBe(1);
    out = JSON.parse(r.stdout) as Json;
  });

  it.each(defects.map((d) => [`${d.ruleId} in ${d.file}`, d] as const))('%s', (_, d) => {
    const line = lines.get(d)!;
    const file = d.file;
    const hit = out.diagnostics.find((x) => x.ruleId === d.ruleId && x.file === file && x.line === line);
    expect(hit, `${d.ruleId} at ${file}:${line}; got ${JSON.stringify(out.diagnostics.filter((x) => x.file === file).map((x) => `${x.line} ${x.ruleId}`))}`).toBeTruthy();
  });

  it('reports nothing in the plans no defect touched', () => {
    const edited = new Set(defects.map((d) => d.file));
    expect(out.diagnostics.filter((d) => !edited.has(d.file))).toEqual([]);
  });

  it('gives the same report when the plans are checked on worker threads', async () => {
    const r = await execa('node', [`${REPO}bin/cssp.js`, 'check', '--as-of', '2026-11-23', '--format', 'json'], {
      cwd: root, reject: false, env: { CSSP_WORKERS: '2' },
    });
    expect(JSON.parse(r.stdout)).toEqual(out);
  });

  it('gives the same report from the parse cache, cold and warm, on one thread and on workers', async () => {
    const cache = join(root, '.test-cache');
    const check = async (env: Record<string, string>, format = 'json') => {
      const r = await execa('node', [`${REPO}bin/cssp.js`, 'check', '--as-of', '2026-11-23', '--format', format, '--cache', '--cache-location', cache], {
        cwd: root, reject: false, env: { NO_COLOR: '1', ...env },
      });
      expect(r.stderr).toBe('');
      return r.stdout;
    };
    const stylish = (await execa('node', [`${REPO}bin/cssp.js`, 'check', '--as-of', '2026-11-23'], { cwd: root, reject: false, env: { NO_COLOR: '1' } })).stdout;
    expect(JSON.parse(await check({}))).toEqual(out); // cold: fills the cache
    expect(JSON.parse(await check({}))).toEqual(out); // warm
    expect(JSON.parse(await check({ CSSP_WORKERS: '2' }))).toEqual(out); // warm, cached plans on workers
    expect(await check({}, 'stylish')).toBe(stylish); // code frames from cached text and positions
  });

  it('warns about a damaged cache, ignores it and still reports the same', async () => {
    const cache = join(root, '.damaged-cache');
    writeFileSync(cache, 'cssp-parse-cache/2 12 40\n' + 'x'.repeat(200));
    const r = await execa('node', [`${REPO}bin/cssp.js`, 'check', '--as-of', '2026-11-23', '--format', 'json', '--cache', '--cache-location', cache], { cwd: root, reject: false });
    expect(r.stderr).toMatch(/warning: The check cache .*damaged.*rebuilt/);
    expect(r.exitCode).toBe(1);
    expect(JSON.parse(r.stdout)).toEqual(out);
  });
});
