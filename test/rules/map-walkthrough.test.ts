import rule from '../../src/rules/map-walkthrough.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const map = (verified: string, year = '2026-27') => `schoolYear: ${year}\nresponder:\n  maps:\n    - title: Campus\n      file: maps/campus.svg\n${verified}`;

testRule(rule, {
  valid: [
    { name: 'walked within 12 months', yaml: map('      verified: { date: 2026-08-05, by: Engine 12 }\n') },
    { name: 'a past year judged at the end of its year', yaml: map('      verified: { date: 2025-08-05 }\n', '2025-26') },
    { name: 'a public map is not the responders\' map', yaml: `responder:\n  maps:\n    - { title: Campus, file: maps/campus.svg, visibility: public }\n` },
    { name: 'the district\'s period', yaml: map('      verified: { date: 2024-12-01 }\n'), config: { ...testConfig, responderMaps: { walkthroughMonths: 24 } } },
  ],
  invalid: [
    { name: 'never walked', yaml: map(''), errors: [{ line: 4, column: 7, message: 'Map `Campus` has no walkthrough on record', severity: 'warning' }] },
    { name: 'a stale walkthrough', yaml: map('      verified: { date: 2025-08-05 }\n'), errors: [{ line: 6, column: 25, message: 'Map `Campus` was last verified on site 2025-08-05, more than 12 months before 2026-11-23.', severity: 'warning' }] },
  ],
});
