// The change list between two plans: one sentence per change, in plan order, never quoting
// confidential text or naming a pupil.
import { describe, expect, it } from 'vitest';
import { planChanges, type Change } from '../../src/diff/changes.js';
import type { Plan } from '../../src/plan/types.generated.js';
import { MARK, renderPlan } from '../helpers/render-plan.js';

/** The base plan, edited by `edit` on a deep copy. */
function edited(edit: (p: Plan) => void): Plan {
  const plan = structuredClone(renderPlan());
  edit(plan);
  return plan;
}
const texts = (changes: Change[]) => changes.map((c) => `${c.area}: ${c.text}`);

describe('planChanges', () => {
  it('identical plans: no changes', () => {
    expect(planChanges(renderPlan(), renderPlan())).toEqual([]);
  });

  it.each<[string, (p: Plan) => void, string]>([
    ['section added', (p) => void (p.sections.safetyStrategies = { text: 'Supervision at lunch.', visibility: 'public' }), 'Sections: Safety strategies and programs: added (public).'],
    ['section removed', (p) => void delete p.sections.disasterProcedures, 'Sections: Disaster procedures, routine and emergency: removed.'],
    ['section text changed', (p) => void (p.sections.crimeAssessment!.text += '\n\nA new paragraph about vandalism.'), 'Sections: Assessment of school crime: text changed: 1 paragraph added (2 → 7 words).'],
    ['list item reworded', (p) => void (p.sections.disasterProcedures = { text: '- Drop\n- Cover\n- Hold on', visibility: 'responder' }), 'Sections: Disaster procedures, routine and emergency: text changed: 3 list items added; 1 paragraph removed (1 → 4 words).'],
    ['visibility changed', (p) => void (p.sections.disasterProcedures!.visibility = 'public'), 'Sections: Disaster procedures, routine and emergency: visibility changed from responder to public.'],
    ['standard changed', (p) => void (p.sections.childAbuseReporting!.standard = 'child-abuse-2027'), 'Sections: Child abuse reporting procedures: now uses the district standard child-abuse-2027 (was child-abuse).'],
    ['marked not written', (p) => void (p.sections.crimeAssessment!.status = 'not-written'), 'Sections: Assessment of school crime: marked not written.'],
    ['dress code adopted', (p) => void (p.sections.dressCode = { adopted: true, visibility: 'public' }), 'Sections: Dress code (gang-related apparel): added (public).'],
    ['version', (p) => void (p.version = '2026-27.2'), 'Plan: Version changed from 2026-27.1 to 2026-27.2.'],
    ['enrollment', (p) => void (p.site.enrollment = 380), 'Site: Enrollment: 380 (was 400, −20).'],
    ['address', (p) => void (p.site.address = { street: '2 Main St', city: 'Harbor Vista', zip: '99999' }), 'Site: Address changed from 1 Main St, Harbor Vista, CA 99999 to 2 Main St, Harbor Vista, CA 99999.'],
    ['adoption removed', (p) => void delete p.adoption, 'Adoption: Not recorded (was adopted 2027-02-10 by Alpha SSC).'],
    ['approval added', (p) => void (p.approval = { body: 'Board', date: '2027-03-01', item: 'Item 4' }), 'Approval: Recorded: approved 2027-03-01 by Board, Item 4.'],
  ])('%s', (_, edit, expected) => {
    expect(texts(planChanges(renderPlan(), edited(edit)))).toEqual([expected]);
  });

  it('dress code: adopted after being not adopted', () => {
    const before = edited((p) => void (p.sections.dressCode = { adopted: false, visibility: 'public' }));
    const after = edited((p) => void (p.sections.dressCode = { adopted: true, visibility: 'public', text: 'No gang colors.' }));
    expect(texts(planChanges(before, after))).toEqual([
      'Sections: Dress code (gang-related apparel): the school has now adopted a dress code.',
      'Sections: Dress code (gang-related apparel): text added.',
    ]);
  });

  describe('confidential content is described, never quoted', () => {
    const secret = 'SECRET-TACTIC-MARKER';
    it.each<[string, (p: Plan) => void]>([
      ['text changed', (p) => void (p.sections.tacticalResponse!.text = `Stage at ${secret}.`)],
      ['heading changed', (p) => void (p.sections.tacticalResponse!.title = secret)],
      ['made public', (p) => void (p.sections.tacticalResponse = { text: secret, visibility: 'public' })],
      ['section added', (p) => void (p.sections.mentalHealthRoles = { text: secret, visibility: 'confidential' })],
      ['map added', (p) => void p.responder.maps!.push({ title: secret, file: 'maps/secret.svg', visibility: 'confidential' })],
    ])('%s', (_, edit) => {
      const changes = planChanges(renderPlan(), edited(edit));
      expect(changes.length).toBeGreaterThan(0);
      const all = JSON.stringify(changes);
      expect(all).not.toContain(secret);
      expect(all).not.toContain(MARK.confidential);
      expect(changes.some((c) => c.confidential)).toBe(true);
    });

    it('says "text changed (confidential)"', () => {
      const changes = planChanges(renderPlan(), edited((p) => void (p.sections.tacticalResponse!.text = 'other')));
      expect(changes).toEqual([{ area: 'Sections', path: ['sections', 'tacticalResponse', 'text'], kind: 'changed', text: 'Tactical responses to criminal incidents: text changed (confidential).', confidential: true }]);
    });
  });

  it('committee: added and removed by name and role; pupils counted, never named', () => {
    const after = edited((p) => {
      p.committee.members = [
        { name: 'Ana Ruiz', role: 'parent' },
        { name: 'Pupil Marker Name', role: 'student' },
        { name: 'Pat Principal', role: 'principal', title: 'Principal' },
      ];
    });
    const changes = texts(planChanges(renderPlan(), after));
    expect(changes).toEqual([
      'Committee: Added Ana Ruiz (parent) and 1 student member.',
      'Committee: Pat Principal: title Principal.',
    ]);
    const removed = texts(planChanges(after, renderPlan()));
    expect(removed).toContain('Committee: Removed Ana Ruiz (parent) and 1 student member.');
    expect(JSON.stringify(removed)).not.toContain('Pupil Marker Name');
  });

  it('committee: delegation date, said concisely', () => {
    const before = edited((p) => void (p.committee.delegatedOn = '2025-09-10'));
    const after = edited((p) => void (p.committee.delegatedOn = '2026-09-09'));
    expect(texts(planChanges(before, after))).toEqual(['Committee: Delegated to the safety committee on 2026-09-09 (was 2025-09-10).']);
  });

  it('committee: a role change', () => {
    const after = edited((p) => void (p.committee.members[0]!.role = 'other'));
    expect(texts(planChanges(renderPlan(), after))).toEqual(['Committee: Pat Principal: role other (was principal).']);
  });

  describe('responder packet', () => {
    it('reunification site replaced', () => {
      const before = edited((p) => void (p.responder.reunificationSites = [{ name: 'Harbor City Community Center', location: '1 Pier Rd', primary: true }]));
      const after = edited((p) => void (p.responder.reunificationSites = [{ name: 'Cypress Grove MPR', location: '2255 Cypress Grove Lane', primary: true }]));
      expect(texts(planChanges(before, after))).toEqual(['Responder packet: Primary reunification site changed from Harbor City Community Center to Cypress Grove MPR (2255 Cypress Grove Lane).']);
    });

    it('gas shut-off moved, and its notes described, not quoted', () => {
      const after = edited((p) => void (p.responder.utilities![0] = { kind: 'gas', location: 'North wall of the MPR', map: 'G1', notes: 'Wrench in box' }));
      expect(texts(planChanges(renderPlan(), after))).toEqual([
        `Responder packet: Gas shut-off (G1) moved from “${MARK.utility}” to “North wall of the MPR”.`,
        'Responder packet: Gas shut-off (G1): notes added.',
      ]);
    });

    it('contacts: phone numbers described, never printed; 24/7 and keys said', () => {
      const after = edited((p) => {
        const c = p.responder.contacts![0]!;
        c.mobile = '(805) 555-0177';
        c.keyHolder = true;
        p.responder.contacts!.push({ name: 'Office', role: 'Front office', phone: '(805) 555-0166' });
      });
      const changes = texts(planChanges(renderPlan(), after));
      expect(changes).toEqual([
        'Responder packet: Added contact: Office, Front office.',
        `Responder packet: Contact ${MARK.contact}: mobile number changed.`,
        `Responder packet: Contact ${MARK.contact}: now holds keys to the campus.`,
      ]);
      expect(changes.join('\n')).not.toMatch(/555-01(77|66|99)/);
    });

    it('evacuation help: counts, and notes described', () => {
      const after = edited((p) => void (p.responder.evacuationAssistance = { pupils: 2, staff: 1, notes: 'Jayden in room 4 uses a wheelchair' }));
      const changes = texts(planChanges(renderPlan(), after));
      expect(changes).toEqual([
        'Responder packet: Pupils who need help to evacuate: 2 (was 3).',
        'Responder packet: Evacuation help: notes on where they are changed.',
      ]);
      expect(changes.join('\n')).not.toContain('Jayden');
    });

    it('command post, hazard and response protocol', () => {
      const after = edited((p) => {
        p.responder.commandPost = { name: 'Library', location: 'Building B' };
        p.responder.hazards = [{ kind: 'Rail line', location: 'East fence' }];
        p.responder.responseProtocol = 'I Love U Guys SRP';
      });
      expect(texts(planChanges(renderPlan(), after))).toEqual([
        'Responder packet: Incident command post: Library.',
        'Responder packet: Added hazard: Rail line (East fence).',
        'Responder packet: Response protocol changed from Standard Response Protocol to I Love U Guys SRP.',
      ]);
    });
  });

  describe('drills', () => {
    const drill = (type: Plan['drills'][number]['type'], date: string) => ({ type, date, time: '10:00', conductedBy: 'Pat Principal, principal' });
    const year = (schoolYear: string, drills: Plan['drills']) => renderPlan({ schoolYear, drills });

    it('another school year: a summary by type, not a line per drill', () => {
      const before = year('2025-26', [drill('fire', '2025-09-01'), drill('fire', '2025-10-01'), drill('fire', '2025-11-01'), drill('lockdown', '2025-10-02')]);
      const after = year('2026-27', [drill('fire', '2026-09-01'), drill('earthquake', '2026-10-15')]);
      const drills = planChanges(before, after).filter((c) => c.area === 'Drills').map((c) => c.text);
      expect(drills).toEqual(['2 drills logged in 2026-27 (4 in 2025-26): 2 fewer fire drills, 1 more earthquake drill, 1 fewer lockdown drill.']);
    });

    it('the same school year: which drills were logged, removed or edited', () => {
      const before = year('2026-27', [drill('fire', '2026-09-01'), drill('lockdown', '2026-10-02')]);
      const after = year('2026-27', [{ ...drill('fire', '2026-09-01'), durationMinutes: 12 }, drill('earthquake', '2026-10-15')]);
      expect(planChanges(before, after).map((c) => c.text)).toEqual([
        '2 drills logged (was 2): 1 more earthquake drill, 1 fewer lockdown drill.',
        'Logged: earthquake drill on 2026-10-15.',
        'Removed from the log: lockdown drill on 2026-10-02.',
        'Record of the fire drill on 2026-09-01 edited (durationMinutes).',
      ]);
    });
  });

  it('lists areas in plan order', () => {
    const after = edited((p) => {
      p.drills = [{ type: 'fire', date: '2026-09-01', time: '10:00', conductedBy: 'x' }];
      p.responder.responseProtocol = 'SRP 2';
      p.sections.crimeAssessment!.visibility = 'responder';
      p.committee.members.push({ name: 'Ana Ruiz', role: 'parent' });
      p.version = '2026-27.2';
    });
    expect(planChanges(renderPlan(), after).map((c) => c.area)).toEqual(['Plan', 'Committee', 'Sections', 'Responder packet', 'Drills', 'Drills']);
  });

  it('a new or removed plan is one line; plans with schema errors are still compared', () => {
    expect(texts(planChanges(undefined, renderPlan()))).toEqual(['Plan: New plan: Alpha Elementary, 2026-27.']);
    expect(texts(planChanges(renderPlan(), undefined))).toEqual(['Plan: Plan removed: Alpha Elementary, 2026-27.']);
    const broken = { ...renderPlan(), sections: 5, responder: 'x', drills: { a: 1 } } as unknown as Plan;
    expect(() => planChanges(renderPlan(), broken)).not.toThrow();
  });
});

describe('planChanges, responder maps', () => {
  it('says a feature was placed, moved or taken off a map, and a map walked again', () => {
    const before = renderPlan();
    const after = structuredClone(before);
    after.responder.utilities![0]!.position = { map: 'campus', x: 10, y: 20 };
    after.responder.maps![0] = { ...after.responder.maps![0]!, id: 'campus', orientation: 0, verified: { date: '2026-08-06' } };
    const texts = planChanges(before, after).map((c) => c.text);
    expect(texts).toContain('Gas shut-off (G1): placed on map campus.');
    expect(texts.find((t) => t.startsWith('Map '))).toMatch(/id now campus; orientation now 0° from north; walked on site 2026-08-06\.$/);
    const moved = structuredClone(after);
    moved.responder.utilities![0]!.position = { map: 'campus', x: 11, y: 20 };
    expect(planChanges(after, moved).map((c) => c.text)).toEqual(['Gas shut-off (G1): moved on the map.']);
  });
});
