// A site lead's whole plan through the form, in headless Chromium: from `cssp new`'s skeleton,
// every part typed, chosen or added in the page (committee rows, notices, drills through the
// dialog), saved, and the file then checks clean as of a date after its adoption. The browser
// fetches nothing from outside the editor, and axe-core finds no serious accessibility problem.
import { readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { launch, type Browser, type Page } from 'puppeteer-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runNew } from '../../src/commands/new.js';
import { openDistrict } from '../../src/district/open.js';
import { checkPlanText } from '../../src/district/save.js';
import { drillFromForm } from '../../src/edit/drill.js';
import { editorMeta } from '../../src/edit/meta.js';
import { startEditor, type RunningEditor } from '../../src/edit/server.js';
import { EditSession } from '../../src/edit/session.js';
import { copySample } from '../helpers/district.js';
import { memoryIo } from '../helpers/io.js';
import { BROWSER, PDF_SKIP_REASON } from '../helpers/pdf-tools.js';

const AS_OF = '2026-09-20'; // after the adoption (2026-09-08) and approval (2026-09-15) typed below
const TEXT = 'What the school does, in plain sentences, written in the form.';

let browser: Browser;
let page: Page;
let editor: RunningEditor;
let root: string;
let file: string;
const remote: string[] = [];

describe.skipIf(PDF_SKIP_REASON !== undefined)(`cssp edit in a browser${PDF_SKIP_REASON ? ` (skipped: ${PDF_SKIP_REASON})` : ''}`, () => {
  beforeAll(async () => {
    root = copySample();
    rmSync(join(root, '2026-27/bayside-elementary.yaml'));
    await runNew({ site: 'bayside-elementary', year: '2026-27', carryForward: false, git: false, yes: true, asOf: '2026-08-20' }, memoryIo(root));
    file = join(root, '2026-27/bayside-elementary.yaml');
    const district = openDistrict(root, root);
    const session = new EditSession(file, district, () => AS_OF);
    editor = await startEditor({ session, root, meta: editorMeta(district, '2026-27/bayside-elementary.yaml'), drill: (a) => drillFromForm(a, district.config, AS_OF, '2026-27'), commit: () => Promise.resolve({ committed: false, lines: [] }) });
    browser = await launch({ executablePath: BROWSER!, args: ['--no-sandbox'] });
    page = await browser.newPage();
    page.on('request', (r) => {
      if (!r.url().startsWith(editor.url) && !r.url().startsWith('data:')) remote.push(r.url());
    });
    // "Leave the page with unsaved changes?": the reload test answers yes, as a person would.
    page.on('dialog', (dialog) => void dialog.accept());
    await page.setViewport({ width: 1280, height: 900 });
    await page.goto(editor.url, { waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#status')?.textContent === 'Loaded.');
  }, 60_000);

  afterAll(async () => {
    await browser?.close();
    editor?.server.close();
    editor?.server.closeAllConnections();
  });

  const at = (path: string) => `[data-path="${path}"]`;
  /** Types into a text field, as a person would (keystrokes, not a value set from outside). */
  const type = async (path: string, text: string) => {
    await page.click(at(path), { count: 3 });
    await page.type(at(path), text);
  };
  /** Dates and long text: the value set and an input event sent, as a date picker or a paste does. */
  const put = (path: string, value: string) =>
    page.$eval(at(path), (el, v) => {
      (el as HTMLInputElement).value = v;
      el.dispatchEvent(new Event('input', { bubbles: true }));
    }, value);
  const choose = (path: string, value: string) => page.select(at(path), value);
  const add = (list: string) => page.click(`[data-add="${list}"]`);
  const settled = () => page.waitForFunction(() => !document.querySelector('#status')?.textContent?.startsWith('Checking'), { timeout: 10_000 });

  it('fills the skeleton to a plan with no errors and no warnings, and saves it', async () => {
    await type('site.address.street', '410 Seawall Road');
    await type('site.address.city', 'Harbor Vista');
    await type('site.address.zip', '93995');

    const members = [['Dr. Maribel Ochoa', 'principal', 'Principal', ''], ['Kristin Albee', 'teacher', '', 'Harbor Vista Teachers Association'], ['Luis Ortega', 'classified', '', 'CSEA Chapter 000'], ['Grace Park', 'parent', '', '']];
    for (const [i, [name, role, title, representing]] of members.entries()) {
      await add('committee.members');
      await type(`committee.members.${i}.name`, name!);
      await choose(`committee.members.${i}.role`, role!);
      if (title) await type(`committee.members.${i}.title`, title);
      if (representing) await type(`committee.members.${i}.representing`, representing);
    }

    const agencies = [['Harbor Vista Police Department', 'law-enforcement'], ['Harbor Vista Fire Department', 'fire'], ['Coastal County EMS Agency', 'ems']];
    for (const [i, [agency, kind]] of agencies.entries()) {
      await add('consultations');
      await type(`consultations.${i}.agency`, agency!);
      await choose(`consultations.${i}.type`, kind!);
      await put(`consultations.${i}.date`, `2026-08-2${5 + i}`);
    }

    await put('publicMeeting.date', '2026-09-01');
    await type('publicMeeting.location', 'Library');
    await choose('publicMeeting.atSchoolsite', 'true');
    for (const [i, recipient] of ['mayor', 'school-employee-organization', 'parent-organization', 'teacher-organization', 'student-government', 'requester'].entries()) {
      await add('publicMeeting.notices');
      await choose(`publicMeeting.notices.${i}.recipient`, recipient);
      if (i < 4) {
        await type(`publicMeeting.notices.${i}.name`, 'The organization');
        await put(`publicMeeting.notices.${i}.date`, '2026-08-20');
        await type(`publicMeeting.notices.${i}.method`, 'email');
      } else {
        await choose(`publicMeeting.notices.${i}.notApplicable`, 'true');
        await type(`publicMeeting.notices.${i}.reason`, 'None at this elementary school.');
      }
    }

    await put('adoption.date', '2026-09-08');
    await type('adoption.body', 'Bayside Elementary School Site Council');
    await type('adoption.vote', '9-0');
    await type('approval.body', 'Harbor Vista USD Governing Board');
    await put('approval.date', '2026-09-15');
    for (const [i, [agency, kind]] of agencies.entries()) {
      await add('distribution');
      await type(`distribution.${i}.agency`, agency!);
      await choose(`distribution.${i}.type`, kind!);
      await choose(`distribution.${i}.edition`, 'responder');
      await type(`distribution.${i}.version`, '2026-27.0-draft');
      await put(`distribution.${i}.date`, '2026-09-16');
    }

    // Every section the skeleton left to write, and each one's own answers.
    const unwritten = await page.$$eval('fieldset.section', (boxes) => boxes.filter((b) => {
      const text = b.querySelector<HTMLTextAreaElement>('textarea[data-path$=".text"]');
      return text && !text.value && !b.querySelector<HTMLSelectElement>('select[data-path$=".standard"]')?.value;
    }).map((b) => b.getAttribute('data-path')!));
    expect(unwritten.length).toBeGreaterThan(5);
    for (const path of unwritten.filter((p) => p !== 'sections.dressCode')) await put(`${path}.text`, TEXT);
    await choose('sections.dressCode.adopted', 'false');
    await choose('sections.crimeAssessment.allCrime', 'true');
    await put('sections.disabilityAdaptations.reviewed', '2026-08-28');
    for (const element of ['parentNoticeWeekOf', 'parentNoticeAfter', 'ageAppropriate', 'startAnnouncement', 'supportResources', 'noSimulatedGunfire', 'noActors']) {
      await choose(`sections.armedAssailantDrills.elements.${element}`, 'true');
    }

    await add('responder.contacts');
    await type('responder.contacts.0.name', 'Harbor Vista USD Safety Dispatch');
    await type('responder.contacts.0.role', 'District dispatch');
    await type('responder.contacts.0.phone', '(805) 555-0100');
    await choose('responder.contacts.0.available24x7', 'true');
    for (const [i, kind] of ['gas', 'water', 'electric', 'fire-alarm-panel', 'aed'].entries()) {
      await add('responder.utilities');
      await choose(`responder.utilities.${i}.kind`, kind);
      await type(`responder.utilities.${i}.location`, 'North wall of the office');
    }
    await add('responder.assemblyAreas');
    await type('responder.assemblyAreas.0.name', 'North field');
    await type('responder.assemblyAreas.0.location', 'North of Building A');
    await add('responder.reunificationSites');
    await type('responder.reunificationSites.0.name', 'Harbor Park');
    await type('responder.reunificationSites.0.location', '100 Park Way');
    await type('responder.reunificationSites.0.requestGate', 'Gate 1');
    await type('responder.reunificationSites.0.reunionGate', 'Gate 2');
    await type('responder.evacuationAssistance.pupils', '2');
    await type('responder.evacuationAssistance.staff', '0');

    // The August fire drill, through the same questions as `cssp drill add`.
    await page.click('[data-add="drills"]');
    await page.select('#drill-type', 'fire');
    await page.$eval('#drill-date', (el) => { (el as HTMLInputElement).value = '2026-08-20'; });
    await page.type('#drill-time', '10:15 AM');
    await page.type('#drill-evacuation', '3:45');
    await page.type('#drill-participants', '451');
    await page.click('#drill-conductedBy', { count: 3 });
    await page.type('#drill-conductedBy', 'Dr. Maribel Ochoa, Principal');
    await page.click('#drill-add');
    await page.waitForSelector('#drill-dialog:not([open])');
    expect(await page.$eval(at('drills.0.time'), (el) => (el as HTMLInputElement).value)).toBe('10:15');

    await page.waitForFunction(() => document.querySelector('#counts')?.textContent?.startsWith('Nothing'), { timeout: 15_000 }).catch(async () => {
      throw new Error(`Still listed: ${await page.$eval('#todo-list', (el) => el.textContent)}`);
    });
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Saved'));
    await settled();

    const saved = readFileSync(file, 'utf8');
    const district = openDistrict(root, root);
    expect(checkPlanText(file, saved, district, AS_OF).map((d) => `${d.severity} ${d.ruleId} ${d.message}`)).toEqual([]);
    expect(saved).toContain('# yaml-language-server: $schema=');
    expect(saved).not.toMatch(/^ +status: not-written/m);
    expect(remote).toEqual([]);
  }, 180_000);

  // Work in progress that cannot be saved yet stays in the browser, says what blocks it, and survives a reload.
  it('keeps a half-filled part unsaved, says why, and restores it after a reload', async () => {
    const before = readFileSync(file, 'utf8');
    await put('site.address.city', '');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Not saved:'));
    expect(await page.$eval('#status', (el) => el.textContent)).toMatch(/city/);
    expect(await page.$eval('#save', (el) => (el as HTMLButtonElement).disabled)).toBe(true);
    await page.reload({ waitUntil: 'networkidle0' });
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.length);
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Not saved:') || document.querySelector('#status')?.textContent?.startsWith('Unsaved changes from'));
    expect(await page.$eval(at('site.address.city'), (el) => (el as HTMLInputElement).value)).toBe('');
    expect(await page.$eval(at('site.address.street'), (el) => (el as HTMLInputElement).value)).toBe('410 Seawall Road');
    expect(readFileSync(file, 'utf8')).toBe(before);
    await type('site.address.city', 'Harbor Vista');
    await page.waitForFunction(() => !(document.querySelector('#save') as HTMLButtonElement).disabled);
    await page.click('#save');
    await page.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Saved'));
    expect(readFileSync(file, 'utf8')).toBe(before);
  }, 60_000);

  it('marks who may read each section, confidential ones plainly', async () => {
    expect(await page.$eval('[data-path="sections.tacticalResponse"] .badge', (el) => el.textContent)).toBe('Confidential');
    expect(await page.$eval('[data-path="responder"] > legend .badge', (el) => el.textContent)).toMatch(/^Responders only/);
  });

  it('has no serious or critical accessibility violations (axe-core)', async () => {
    const axe = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
    await page.evaluate(axe);
    const violations = await page.evaluate(async () => {
      const result = await (window as unknown as { axe: { run: (o: object) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }> } }).axe.run({ resultTypes: ['violations'] });
      return result.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id} (${v.nodes.length})`);
    });
    expect(violations).toEqual([]);
  }, 60_000);
});

describe.skipIf(PDF_SKIP_REASON !== undefined)('cssp edit: placing a feature with a click on its map', () => {
  it('sets the position in the map\'s own coordinates, and saves it', async () => {
    const dir = copySample();
    const planFile = join(dir, '2026-27/bayside-elementary.yaml');
    const district = openDistrict(dir, dir);
    const session = new EditSession(planFile, district, () => '2026-11-23');
    const running = await startEditor({ session, root: dir, meta: editorMeta(district, '2026-27/bayside-elementary.yaml'), drill: () => ({ problems: {} }), commit: () => Promise.resolve({ committed: false, lines: [] }) });
    const b = await launch({ executablePath: BROWSER!, args: ['--no-sandbox'] });
    try {
      const p = await b.newPage();
      await p.setViewport({ width: 1280, height: 900 });
      await p.goto(running.url, { waitUntil: 'networkidle0' });
      await p.waitForFunction(() => document.querySelector('#status')?.textContent === 'Loaded.');
      await p.click('[data-place="responder.utilities.0.position"]');
      await p.waitForSelector('dialog.place-dialog img.place-map');
      await p.waitForFunction(() => (document.querySelector('dialog.place-dialog img.place-map') as HTMLImageElement).complete && (document.querySelector('dialog.place-dialog img.place-map') as HTMLImageElement).naturalWidth > 0);
      const box = (await (await p.$('dialog.place-dialog img.place-map'))!.boundingBox())!;
      await p.mouse.click(box.x + box.width * 0.25, box.y + box.height * 0.5);
      await p.waitForFunction(() => !document.querySelector('dialog.place-dialog'));
      const x = Number(await p.$eval('[data-path="responder.utilities.0.position.x"]', (el) => (el as HTMLInputElement).value));
      const y = Number(await p.$eval('[data-path="responder.utilities.0.position.y"]', (el) => (el as HTMLInputElement).value));
      expect(x).toBeCloseTo(250, -1);
      expect(y).toBeCloseTo(320, -1);
      await p.waitForFunction(() => !(document.querySelector('#save') as HTMLButtonElement).disabled);
      await p.click('#save');
      await p.waitForFunction(() => document.querySelector('#status')?.textContent?.startsWith('Saved'));
      expect(readFileSync(planFile, 'utf8')).toMatch(new RegExp(`position:\\n\\s+map: campus\\n\\s+x: ${x}\\n\\s+y: ${y}\\n`));
    } finally {
      await b.close();
      running.server.close();
      running.server.closeAllConnections();
    }
  }, 60_000);
});
