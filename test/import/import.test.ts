// cssp import end to end on generated Word documents: where each heading went, the committee and
// contacts, the extracted map, the unmapped file, and the words in and out.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { runCheck } from '../../src/commands/check.js';
import { countWords, markdownWords } from '../../src/import/words.js';
import { memoryIo } from '../helpers/io.js';
import { BOLD_ONLY, OLD_TEMPLATE } from './fixtures.js';
import { importInto, row } from './run.js';

describe('cssp import, the old-citation template', () => {
  it('maps each heading by citation (EC 35294.x and 3228x alike) or wording, and says where it went', async () => {
    const { io, code, plan } = await importInto(OLD_TEMPLATE, 'bayside-elementary');
    expect(code).toBe(0);
    const report = io.stdoutText;
    expect(row(report, 'Assessment of the Current Status of School Crime (EC 35294.2(a)(1))')).toBe('crimeAssessment');
    expect(row(report, 'Safety Strategies and Programs (EC 32282(a)(2))')).toBe('safetyStrategies');
    expect(row(report, 'Child Abuse Reporting Procedures (EC 35294.2(a)(2)(A))')).toBe('childAbuseReporting');
    expect(row(report, 'Routine and Emergency Disaster Procedures (EC 35294.2(a)(2)(B))')).toBe('disasterProcedures');
    expect(row(report, 'Fire Evacuation')).toBe('disasterProcedures (as a sub-heading)');
    expect(row(report, 'Earthquake Emergency Procedure System (EC 35295)')).toBe('earthquake');
    expect(row(report, 'Policies pursuant to EC 48915(d)')).toBe('suspensionExpulsion');
    expect(row(report, 'Procedures to notify teachers of dangerous pupils')).toBe('dangerousPupilNotice');
    expect(row(report, 'Tactical Responses to Criminal Incidents (EC 35294.2(a)(2)(J))')).toBe('tacticalResponse');
    expect(row(report, 'Bus Schedule')).toBe('unmapped (bayside-elementary.unmapped.md)');
    expect(plan.sections.disasterProcedures!.text).toMatch(/buddy[\s\S]*### Fire Evacuation\n\n- +Leave by the nearest exit\./);
    expect(plan.sections.tacticalResponse).toMatchObject({ visibility: 'confidential', text: expect.stringContaining('code word') as string });
    expect(plan.sections.crimeAssessment).toMatchObject({ visibility: 'public' });
    expect(plan.sections.ingressEgress).toEqual({ visibility: 'public', status: 'not-written' });
    // What the document lacks is as cssp new writes it: the district standard where there is one.
    expect(plan.sections.shelterAgreement).toEqual({ standard: 'shelter-agreement', visibility: 'public' });
    expect(report).toContain('Not in the document (the district standard, as cssp new does): childProtection, shelterAgreement, discriminationHarassment, disciplineRules, dangerousActivityReports, immigrationEnforcementNotice, cardiacEmergency.');
    // The 2023-2025 laws' sections are there too, from the district standards or to write (disabilityAdaptations).
    expect(report).toContain('Not in the document (marked not written): disabilityAdaptations,');
    expect(plan.version).toBe('2027-28.0-imported');
  });

  it('turns the roster into committee members with roles, and the contact table into contacts', async () => {
    const { plan, io } = await importInto(OLD_TEMPLATE, 'bayside-elementary');
    expect(plan.committee.members.map((m) => [m.name, m.role])).toEqual([
      ['Dr. Maribel Ochoa', 'principal'],
      ['Kristin Albee', 'teacher'],
      ['Rosa Gutierrez', 'parent'],
      ['Lorraine Pak', 'classified'],
      ['Ofc. Dana Reyes', 'law-enforcement'],
      ['Capt. Lee Marsh', 'fire'],
      ['Jordan Kim', 'student'],
    ]);
    expect(plan.committee.members[1]).toEqual({ name: 'Kristin Albee', role: 'teacher', title: 'Grade 3 Teacher', representing: 'Harbor Vista Teachers Association' });
    expect(plan.responder.contacts).toEqual([
      { name: 'Dr. Maribel Ochoa', role: 'Principal / Incident Commander', phone: '(555) 555-0142', mobile: '(555) 555-0199' },
      { name: 'District Office', role: 'Superintendent', phone: '(555) 555-0100' },
    ]);
    expect(io.stdoutText).toMatch(/table of 8 rows under "School Site Council Members" +committee\.members \(1 principal, 1 teacher, 1 parent, 1 classified, 1 law-enforcement, 1 fire, 1 student\)/);
  });

  it('extracts the image into maps/ for responders, and keeps an unrecognised table and unmapped text in the unmapped file', async () => {
    const { plan, root, unmapped, io } = await importInto(OLD_TEMPLATE, 'bayside-elementary');
    expect(plan.responder.maps).toEqual([{ title: 'Campus Map (image 1)', file: 'maps/bayside-elementary-import-1.png', visibility: 'responder' }]);
    expect(readFileSync(join(root, '2027-28/maps/bayside-elementary-import-1.png')).subarray(1, 4).toString()).toBe('PNG');
    const text = readFileSync(unmapped, 'utf8');
    expect(text).toContain('# Bus Schedule\n\n| Route | Departs |\n| --- | --- |\n| North loop | 7:40 a.m. |');
    expect(text).toContain('# Campus Security Measures\n\nVisitors sign in');
    expect(text).toMatch(/^<!-- Imported by cssp import from old-plan\.docx/);
    expect(io.stdoutText).toMatch(/image 1 under "Campus Map" +maps\/bayside-elementary-import-1\.png \(responder\.maps, visibility responder\)/);
  });

  it('loses no word: the words of the document equal those of the plan, the unmapped file and the report', async () => {
    const { docx, io, plan, unmapped } = await importInto(OLD_TEMPLATE, 'bayside-elementary');
    const source = countWords((await mammoth.extractRawText({ path: docx })).value);
    const m = /Words: (\d+) in, (\d+) out \((\d+) in section text, (\d+) in .*?, (\d+) in committee members and contacts, (\d+) in the headings above that named sections, (\d+) in the column labels/.exec(io.stdoutText);
    expect(m).not.toBeNull();
    const [inWords, outWords, , , , headings, labels] = m!.slice(1).map(Number);
    expect(inWords).toBe(source);
    expect(outWords).toBe(source);
    // Counted again here from the files, independently of the report's own sums.
    const sections = Object.values(plan.sections).reduce((n, s) => n + markdownWords(s.text ?? ''), 0);
    const words = (o: object, keys: string[]) => countWords(keys.map((k) => String((o as Record<string, string | undefined>)[k] ?? '')).join(' '));
    const data =
      plan.committee.members.reduce((n, m) => n + words(m, ['name', 'title', 'representing']), 0) +
      (plan.responder.contacts ?? []).reduce((n, c) => n + words(c, ['name', 'role', 'phone', 'mobile']), 0);
    expect(sections + markdownWords(readFileSync(unmapped, 'utf8')) + data + headings! + labels!).toBe(source);
  });

  it('--map sends a heading to the section it names, over any match', async () => {
    const { plan, io } = await importInto(OLD_TEMPLATE, 'bayside-elementary', ['--map', 'Campus Security Measures=safeEnvironment', '--map', 'Bus Schedule=ingressEgress']);
    expect(row(io.stdoutText, 'Campus Security Measures')).toBe('safeEnvironment');
    expect(plan.sections.safeEnvironment!.text).toBe('Visitors sign in at the office and wear a badge.');
    expect(plan.sections.ingressEgress!.text).toContain('| South loop | 7:55 a.m. |');
  });
});

describe('cssp import, a document without heading styles', () => {
  it('takes short bold paragraphs for headings: numbered or capitals open a section, others are sub-headings', async () => {
    const { plan, io, unmapped } = await importInto(BOLD_ONLY, 'seacliff-k8');
    const report = io.stdoutText;
    expect(row(report, '1. Assessment of School Crime')).toBe('crimeAssessment');
    expect(row(report, '2. CHILD ABUSE REPORTING PROCEDURES')).toBe('childAbuseReporting');
    expect(row(report, 'Training')).toBe('childAbuseReporting (as a sub-heading)');
    expect(row(report, '3. Dress Code (EC 35183)')).toBe('dressCode');
    expect(row(report, '4. Staff Parking')).toBe('unmapped (seacliff-k8.unmapped.md)');
    expect(plan.sections.childAbuseReporting!.text).toBe('Every employee reports suspected abuse within 36 hours.\n\n### Training\n\nStaff complete the online mandated reporter course each August.');
    expect(plan.sections.dressCode).toMatchObject({ status: 'not-written', text: 'Clothing with gang symbols is not allowed on campus.' });
    expect(readFileSync(unmapped, 'utf8')).toContain('# COMPREHENSIVE SCHOOL SAFETY PLAN\n\nSeacliff TK-8 School');
    expect(report).toMatch(/Words: (\d+) in, \1 out/);
  });

  it('writes a plan cssp check reads without schema errors, listing what the document could not give', async () => {
    for (const [parts, site] of [[BOLD_ONLY, 'seacliff-k8'], [OLD_TEMPLATE, 'bayside-elementary']] as const) {
      const { root, planFile } = await importInto(parts, site);
      const io = memoryIo(root);
      // Exit 1: drills, the responder packet's shut-offs and such are errors until someone adds them.
      expect(await runCheck([planFile], { asOf: '2027-09-01', format: 'json' }, io)).toBe(1);
      const found = (JSON.parse(io.stdoutText) as { diagnostics: { ruleId: string; message: string }[] }).diagnostics;
      expect(found.filter((d) => d.ruleId === 'schema' || d.ruleId.startsWith('yaml'))).toEqual([]);
      expect(found.map((d) => d.ruleId)).toEqual(expect.arrayContaining(['section-not-written', 'fire-drill-frequency', 'responder-packet']));
    }
  });
});
