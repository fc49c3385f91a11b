// Builds a synthetic district of N plans from the sample district in plans/, for bench/check.ts.
//
// Each plan is a copy of one of the 12 sample plans with a few scalars spliced into the original
// text (site id and name, drill times), so comments, block scalars and layout stay byte-for-byte
// those of real plans: YAML parsing is most of the cost being measured, so the text must be
// realistic. The sample is parsed with `yaml` once; the copies are plain string splicing, which
// keeps generating 10,000 plans to a few seconds.
import { createHash } from 'node:crypto';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, parse, parseDocument, type Range } from 'yaml';

export const YEARS = ['2025-26', '2026-27'] as const;
const MARKER = '.generated';

interface Slot { start: number; end: number }
interface Drill extends Slot { type: string; time: Slot & { value: string } }
interface Template { text: string; siteId: string; name: string; id: Slot; nameSlot: Slot; drills: Drill[]; maps: string[] }

/** Parses one sample plan and records where the scalars we vary are. */
function readTemplate(file: string): Template {
  const text = readFileSync(file, 'utf8');
  const doc = parseDocument(text);
  const scalarAt = (node: unknown): Slot & { value: string } => {
    if (!isScalar(node) || !node.range) throw new Error(`${file}: expected a scalar`);
    return { start: node.range[0], end: node.range[1], value: String(node.value) };
  };
  const lineStart = (i: number) => text.lastIndexOf('\n', i - 1) + 1;
  const seq = doc.getIn(['drills'], true);
  const items = isSeq(seq) ? seq.items.filter(isMap) : [];
  // A drill's span runs from its "- " line to the next drill's "- " line, so dropping or
  // duplicating it keeps the list well-formed.
  const drills = items.map((item, k): Drill => {
    const next = items[k + 1]?.range;
    const end = next ? lineStart(next[0]) : endOfLine(text, (item.range as Range)[1]);
    return { start: lineStart((item.range as Range)[0]), end, type: String(item.get('type')), time: scalarAt(item.get('time', true)) };
  });
  const id = scalarAt(doc.getIn(['site', 'id'], true));
  const name = scalarAt(doc.getIn(['site', 'name'], true));
  const maps = ((doc.toJS() as { responder?: { maps?: { file?: unknown }[] } }).responder?.maps ?? []);
  return { text, siteId: id.value, name: name.value, id, nameSlot: name, drills, maps: maps.map((m) => String(m.file)) };
}

function endOfLine(text: string, i: number): number {
  if (text[i - 1] === '\n') return i;
  const nl = text.indexOf('\n', i);
  return nl < 0 ? text.length : nl + 1;
}

/** HH:MM moved by `minutes`, kept inside the same day. */
function shiftTime(hhmm: string, minutes: number): string {
  const [h = 0, m = 0] = hhmm.split(':').map(Number);
  const t = Math.min(Math.max(h * 60 + m + minutes, 0), 23 * 60 + 59);
  return `${String(Math.floor(t / 60)).padStart(2, '0')}:${String(t % 60).padStart(2, '0')}`;
}

/** A scalar's source text with its value replaced, keeping the quoting style of the sample. */
const respell = (t: Template, at: Slot, from: string, to: string) => t.text.slice(at.start, at.end).replace(from, to);

/** Plan text for site number k: new id and name, drill times shifted by -15..+15 minutes, and
 *  every 50th site drops a fire drill (k % 100 == 0) or logs a drill twice (k % 100 == 50), so
 *  that some files have findings as they would in a real district. */
function variant(t: Template, k: number, id: string, name: string): string {
  const shift = ((k % 7) - 3) * 5;
  const drillText = (d: Drill) =>
    t.text.slice(d.start, d.time.start) + respell(t, d.time, d.time.value, shiftTime(d.time.value, shift)) + t.text.slice(d.time.end, d.end);
  const edits: { at: Slot; text: string }[] = [
    { at: t.id, text: respell(t, t.id, t.siteId, id) },
    { at: t.nameSlot, text: respell(t, t.nameSlot, t.name, name) },
    ...t.drills.map((d) => ({ at: d, text: drillText(d) })),
  ];
  const fire = t.drills.filter((d) => d.type === 'fire');
  const pool = k % 100 === 0 && fire.length ? fire : t.drills;
  const victim = pool[Math.floor(k / 100) % Math.max(pool.length, 1)];
  const edit = edits.find((e) => e.at === victim);
  if (victim && edit && k % 100 === 0) edit.text = '';
  if (victim && edit && k % 100 === 50) edit.text += drillText(victim);
  let out = '';
  let pos = 0;
  for (const e of edits.sort((a, b) => a.at.start - b.at.start)) {
    out += t.text.slice(pos, e.at.start) + e.text;
    pos = e.at.end;
  }
  return out + t.text.slice(pos);
}

/** Content hash of everything the generated data derives from: the sample district, this file, N. */
function sampleHash(sample: string, n: number): string {
  const hash = createHash('sha256').update(`n=${n}\n`).update(readFileSync(fileURLToPath(import.meta.url)));
  for (const rel of readdirSync(sample, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = join(sample, rel);
    if (statSync(full).isFile()) hash.update(`${rel}\n`).update(readFileSync(full));
  }
  return hash.digest('hex');
}

export interface District { root: string; jsonDir: string; plans: number; sites: number; reused: boolean; missingMaps: string[] }

/**
 * bench/.data/n<N>/: cssp.config.yaml whose registry lists N/2 sites, standards/, and
 * plans/<year>/site-NNNNN.yaml for both sample years (N/2 sites x 2 years = N plans, every site
 * covered in every year, as in a real district), maps/; and beside it json-n<N>/, JSON copies for
 * ajv-cli (outside the district: cssp's cache would otherwise count them as district files).
 */
export function ensureDistrict(sample: string, dataDir: string, n: number): District {
  const sites = Math.ceil(n / 2);
  const root = join(dataDir, `n${n}`);
  const jsonDir = join(dataDir, `json-n${n}`);
  const hash = sampleHash(sample, n);
  const result = { root, jsonDir, plans: sites * YEARS.length, sites, missingMaps: [] as string[] };
  const marker = (existsSync(join(root, MARKER)) ? JSON.parse(readFileSync(join(root, MARKER), 'utf8')) : {}) as { hash?: string; missingMaps?: string[] };
  if (marker.hash === hash && existsSync(jsonDir)) return { ...result, missingMaps: marker.missingMaps ?? [], reused: true };

  // Build beside the target and rename at the end, so an interrupted run never leaves a
  // half-written district that a later run would reuse.
  const tmp = `${root}.tmp-${process.pid}`;
  const tmpJson = `${jsonDir}.tmp-${process.pid}`;
  for (const dir of [tmp, tmpJson]) rmSync(dir, { recursive: true, force: true });
  for (const dir of YEARS.map((y) => join(tmp, 'plans', y))) mkdirSync(dir, { recursive: true });
  mkdirSync(tmpJson, { recursive: true });
  cpSync(join(sample, 'standards'), join(tmp, 'standards'), { recursive: true });

  const templates = YEARS.map((year) =>
    readdirSync(join(sample, year)).sort().filter((f) => f.endsWith('.yaml')).map((f) => readTemplate(join(sample, year, f))));
  const config = parseDocument(readFileSync(join(sample, 'cssp.config.yaml'), 'utf8'));
  const registry = new Map((config.toJS() as { sites: { id: string }[] }).sites.map((s) => [s.id, s]));
  const latest = templates.at(-1)!;
  const entries = [];
  for (let k = 0; k < sites; k++) {
    const base = latest[k % latest.length]!;
    const id = `site-${String(k).padStart(5, '0')}`;
    const name = `${base.name} No. ${k}`;
    // A deep copy: a shared object (each site's languages) is written as an anchor and aliases, which
    // no real registry has and which `yaml` reads slowly (500 aliases: 0.7 s).
    entries.push({ ...structuredClone(registry.get(base.siteId)), id, name });
    YEARS.forEach((year, y) => {
      // The same sample site in each year, so level and grades agree with the registry.
      const t = templates[y]!.find((p) => p.siteId === base.siteId) ?? templates[y]![k % templates[y]!.length]!;
      const text = variant(t, k, id, name);
      writeFileSync(join(tmp, 'plans', year, `${id}.yaml`), text);
      // JSON copy as cssp reads the YAML (YAML 1.2 core schema: dates stay strings). Flat folder,
      // so cssp's plan discovery has no year folders to descend into here.
      writeFileSync(join(tmpJson, `${year}__${id}.json`), JSON.stringify(parse(text)));
    });
  }
  config.set('sites', entries);
  writeFileSync(join(tmp, 'cssp.config.yaml'), config.toString({ lineWidth: 0 }));
  for (const year of YEARS) {
    const maps = join(sample, year, 'maps');
    if (existsSync(maps)) cpSync(maps, join(tmp, 'plans', year, 'maps'), { recursive: true });
  }
  // A map the sample names but lacks would give every copy a finding, and a file with findings
  // takes cssp's slow path (a `yaml` Document for positions). Stand-ins keep the common, clean
  // case measured; the miss is reported with the results.
  YEARS.forEach((year, y) => templates[y]!.flatMap((t) => t.maps).forEach((file) => {
    const target = join(tmp, 'plans', year, file);
    if (existsSync(target)) return;
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, '<svg xmlns="http://www.w3.org/2000/svg"/>\n');
    result.missingMaps.push(`${year}/${file}`);
  }));
  // layout 2: the JSON copies moved out of the district (a findings district copied before that is rebuilt).
  writeFileSync(join(tmp, MARKER), JSON.stringify({ hash, missingMaps: result.missingMaps, layout: 2 }));
  for (const [from, to] of [[tmp, root], [tmpJson, jsonDir]] as const) {
    rmSync(to, { recursive: true, force: true });
    renameSync(from, to);
  }
  return { ...result, reused: false };
}

/**
 * The same plans with one finding each, as a district in draft has: the registry lists every site
 * under another id (and inactive, so the registry itself adds nothing), so site-registry reports
 * each plan's site at its `site.id`. Built beside the clean district, from it.
 */
export function ensureFindingsDistrict(clean: District): District {
  const root = `${clean.root}-findings`;
  const cleanMarker = readFileSync(join(clean.root, MARKER), 'utf8');
  const marker = join(root, MARKER);
  if (existsSync(marker) && readFileSync(marker, 'utf8') === cleanMarker) return { ...clean, root, reused: true };
  const tmp = `${root}.tmp-${process.pid}`;
  rmSync(tmp, { recursive: true, force: true });
  cpSync(clean.root, tmp, { recursive: true });
  const config = parseDocument(readFileSync(join(tmp, 'cssp.config.yaml'), 'utf8'));
  const sites = (config.toJS() as { sites: { id: string }[] }).sites;
  config.set('sites', sites.map((s) => ({ ...s, id: `${s.id}-elsewhere`, active: false })));
  writeFileSync(join(tmp, 'cssp.config.yaml'), config.toString({ lineWidth: 0 }));
  writeFileSync(join(tmp, MARKER), cleanMarker);
  rmSync(root, { recursive: true, force: true });
  renameSync(tmp, root);
  return { ...clean, root, reused: false };
}
