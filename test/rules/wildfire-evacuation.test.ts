import rule from '../../src/rules/wildfire-evacuation.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

const on = { ...testConfig, drillPolicy: { ...testConfig.drillPolicy, wildfirePlan: true } };
const plan = (zone: string, section = '') => `site:\n  fireHazardSeverityZone: ${zone}\nsections:\n${section}  earthquake: { standard: eq, visibility: public }\n`;

testRule(rule, {
  valid: [
    { name: 'off by default (wildfirePlan false)', yaml: plan('very-high') },
    { name: 'off without a config', yaml: plan('very-high'), config: null },
    { name: 'on, moderate zone', yaml: plan('moderate'), config: on },
    { name: 'on, very high zone with a plan', yaml: plan('very-high', '  wildfireEvacuation: { standard: wildfire, visibility: public }\n'), config: on },
  ],
  invalid: [
    { name: 'on, high zone, no plan', yaml: plan('high'), config: on, errors: [{ line: 3, column: 1, message: 'in a high fire hazard severity zone' }] },
    { name: 'on, very high zone, no plan', yaml: plan('very-high'), config: on, errors: [{ line: 3, column: 1, message: 'very-high' }] },
  ],
});
