import rule from '../../src/rules/map-positions.js';
import { testRule } from '../helpers/rule-tester.js';

const size = { 'plans/2026-27/maps/campus.svg': { width: 1000, height: 640 } };
const map = (extra = '') => `    - { id: campus, title: Campus, file: maps/campus.svg, orientation: 0${extra} }\n`;
const responder = (maps: string, features: string) => `responder:\n  maps:\n${maps}${features}`;
const gas = (position: string) => `  utilities:\n    - kind: gas\n      location: North wall\n      position: ${position}\n`;

testRule(rule, {
  valid: [
    { name: 'a positioned shut-off inside an oriented map', yaml: responder(map(), gas('{ map: campus, x: 538, y: 544 }')), mapSizes: size },
    { name: 'on the far edge is inside', yaml: responder(map(), gas('{ map: campus, x: 1000, y: 640 }')), mapSizes: size },
    { name: 'a hazard off campus needs no position', yaml: responder(map(), `${gas('{ map: campus, x: 1, y: 1 }')}  hazards:\n    - { kind: Rail line, location: 200 feet east }\n`), mapSizes: size },
    { name: 'a public map with nothing on it', yaml: responder('    - { title: Campus, file: maps/campus.svg, visibility: public }\n', ''), mapSizes: size },
    { name: 'no maps at all', yaml: 'responder:\n  utilities:\n    - { kind: gas, location: North wall }\n' },
  ],
  invalid: [
    { name: 'a position on a map the plan does not have', yaml: responder(map(), gas('{ map: annex, x: 1, y: 1 }')), mapSizes: size, errors: [
      { line: 3, column: 7, message: 'Map `Campus` has no positioned features', severity: 'warning' },
      { line: 7, column: 24, message: 'G1 (Gas shut-off) is positioned on map `annex`, which the plan does not have (maps: campus).', severity: 'error' },
    ] },
    { name: 'a feature placed outside its map', yaml: responder(map(), gas('{ map: campus, x: 1200, y: 50 }')), mapSizes: size, errors: [{ line: 7, column: 35, message: 'G1 (Gas shut-off) is at 1200, 50, outside map `campus` (1000 x 640).', severity: 'error' }] },
    { name: 'a map with features and no orientation', yaml: responder('    - { id: campus, title: Campus, file: maps/campus.svg }\n', gas('{ map: campus, x: 1, y: 1 }')), mapSizes: size, errors: [{ line: 3, column: 7, message: 'Map `campus` holds positioned features but does not say which way north is', severity: 'error' }] },
    {
      name: 'a shut-off without a position, beside a positioned map (a warning)',
      yaml: responder(map(), `${gas('{ map: campus, x: 1, y: 1 }')}    - { kind: water, location: Meter box }\n`), mapSizes: size,
      errors: [{ line: 8, column: 7, message: 'W1 (Water shut-off) has no place on a map', severity: 'warning' }],
    },
    { name: 'a map drawn by hand, nothing positioned (a warning)', yaml: responder('    - { title: Campus, file: maps/campus.svg }\n', '  utilities:\n    - { kind: gas, location: North wall }\n'), mapSizes: size, errors: [{ line: 3, column: 7, message: 'Map `Campus` has no positioned features', severity: 'warning' }] },
  ],
});
