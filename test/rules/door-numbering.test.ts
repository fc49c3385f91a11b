import rule from '../../src/rules/door-numbering.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// A square building centred at (500, 300): doors at north (500, 200), east (600, 300), south (500, 400), west (400, 300).
const at = { n: 'x: 500, y: 200', e: 'x: 600, y: 300', s: 'x: 500, y: 400', w: 'x: 400, y: 300' } as const;
const doors = (...list: [number, keyof typeof at][]) =>
  `responder:\n  doors:\n${list.map(([n, p]) => `    - { building: b, number: ${n}, position: { map: campus, ${at[p]} } }`).join('\n')}\n`;

testRule(rule, {
  valid: [
    { name: 'clockwise from the north door (screen: north, east, south, west)', yaml: doors([1, 'n'], [2, 'e'], [3, 's'], [4, 'w']) },
    { name: 'counter-clockwise when the district says so', yaml: doors([1, 'n'], [2, 'w'], [3, 's'], [4, 'e']), config: { ...testConfig, responderMaps: { doorNumbering: 'counterclockwise' } } },
    { name: 'two buildings, each from 1', yaml: `${doors([1, 'n'], [2, 'e'])}    - { building: c, number: 1 }\n` },
  ],
  invalid: [
    { name: 'a door out of order', yaml: doors([1, 'n'], [2, 's'], [3, 'e'], [4, 'w']), errors: [{ line: 5, column: 30, message: 'Door B-3 is out of order: going clockwise around the building from door 1, it comes before B-2.' }] },
    { name: 'a duplicate number', yaml: doors([1, 'n'], [2, 'e'], [2, 's']), errors: [{ line: 5, column: 30, message: 'Door B-2 is numbered twice.' }] },
    { name: 'a gap', yaml: doors([1, 'n'], [3, 'e']), errors: [{ line: 4, column: 30, message: 'Door B-3 breaks the numbering: B-2 would come next.' }] },
  ],
});
