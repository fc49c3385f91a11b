import rule from '../../src/rules/pupil-names-in-notes.js';
import { testRule } from '../helpers/rule-tester.js';

const notes = (text: string) => `site:\n  name: Cypress Grove Elementary School\n  address: { street: 1 Main St, city: Harbor Vista, zip: "93995" }\nresponder:\n  evacuationAssistance:\n    pupils: 2\n    staff: 0\n    notes: ${JSON.stringify(text)}\n`;
const at = { line: 8, column: 12 };

testRule(rule, {
  valid: [
    { name: 'rooms, counts and equipment', yaml: notes('2 pupils in room 14 use wheelchairs; evac chair at stairwell B') },
    { name: 'the sample plan wording', yaml: notes('Room 4 (Building B, TK-2 special day class) and Building D; Individual Emergency Evacuation Plans on file in the health office.') },
    { name: 'a staff title before a name', yaml: notes('Nurse Lopez carries the insulin kit; Ms. Tran walks with the two pupils who use wheelchairs.') },
    { name: 'months and weekdays', yaml: notes('In March, one pupil in Room 9 broke a leg and uses crutches until Friday.') },
    { name: 'place names next to place words', yaml: notes('Evac chair at Cedar Hall for pupils who use wheelchairs; Room 12 (Portable Kestrel) has a deaf pupil.') },
    { name: 'the school and its city', yaml: notes('Cypress Grove lift van (Harbor Vista Transportation) for 2 wheelchair users.') },
    { name: 'a name with no health word', yaml: notes('Maria G. helps in the office.') },
    { name: 'no notes', yaml: 'responder:\n  evacuationAssistance: { pupils: 0, staff: 0 }\n' },
  ],
  invalid: [
    { name: 'a name and an initial', yaml: notes('Maria G. in room 12 uses a wheelchair'), errors: [{ ...at, message: 'seem to name a pupil ("Maria G.") next to a health or disability detail ("wheelchair")', severity: 'error' }] },
    { name: 'a name in brackets with a condition', yaml: notes('Jayden (diabetic)'), errors: [{ ...at, message: '("Jayden") next to a health or disability detail ("diabetic")' }] },
    { name: 'a possessive', yaml: notes("Sofia's inhaler is in the office."), errors: [{ ...at, message: '("Sofia")' }] },
    { name: 'a full name', yaml: notes('Liam Chen, grade 3, is deaf.'), errors: [{ ...at, message: '("Liam Chen")' }] },
    { name: 'a name after a common first word', yaml: notes('Upstairs: Ana uses a walker.'), errors: [{ ...at, message: '("Ana")' }] },
    { name: 'a sentence-initial name', yaml: notes('Room 12 is upstairs. Marcus uses crutches.'), errors: [{ ...at, message: '("Marcus")' }] },
    {
      name: 'one finding per sentence that names a pupil',
      yaml: notes('Two pupils use wheelchairs. Emma R. has seizures; Noah is autistic.'),
      errors: [{ ...at, message: '("Emma R.")' }, { ...at, message: '("Noah")' }],
    },
  ],
});
