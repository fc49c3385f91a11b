import rule from '../../src/rules/public-contact-details.js';
import { testConfig } from '../helpers/config.js';
import { testRule } from '../helpers/rule-tester.js';

// One section with the given text on line 3, at column 11 (block text: the value starts at `|`).
const section = (text: string, visibility = 'public', key = 'safetyStrategies') =>
  `sections:\n  ${key}:\n    text: ${JSON.stringify(text)}\n    visibility: ${visibility}\n`;
const allowing = { ...testConfig, publicContacts: { phones: ['805-555-0100', '+1 (805) 555-0108'], emails: ['Safety@HarborVista.example'] } };

testRule(rule, {
  valid: [
    { name: 'no numbers', yaml: section('Visitors sign in at the front office (Gate 1).') },
    { name: 'dates, counts, times, statutes and CDS codes are not phone numbers', yaml: section('Reviewed 2026-10-14 and 10/14/2026 at 9:40; 2,500 pupils; 176 (2024-25: 212); EC 32282(a)(2)(B); CDS 99999016000011; Room 14-16; call 911.') },
    { name: 'a listed office line, written differently', yaml: section('Call the Safety Dispatch line, (805) 555-0100, or SafeTips at 805.555.0108.'), config: allowing },
    { name: 'a listed inbox, in other case', yaml: section('Write to safety@harborvista.example.'), config: allowing },
    { name: 'a responder section may have direct numbers', yaml: section('Principal cell (805) 555-0121', 'responder') },
    { name: 'a confidential section may have direct numbers', yaml: section('Lt. Okafor (805) 555-0121, dokafor@hvpd.example', 'confidential', 'tacticalResponse') },
    { name: 'responder contacts are never public text', yaml: 'responder:\n  contacts:\n    - { name: Dr. Maribel Ochoa, role: Principal, phone: (805) 555-0121, mobile: (805) 555-0199 }\n' },
    { name: 'a map without visibility is responder content', yaml: 'responder:\n  maps:\n    - { title: "Call (805) 555-0121", file: maps/a.svg }\n' },
    { name: 'a section without visibility is not printed publicly (the schema reports it)', yaml: 'sections:\n  safetyStrategies:\n    text: "(805) 555-0121"\n' },
    { name: 'a seven-digit number without area code is not found (needs one to be dialled)', yaml: section('Front desk 555-0142') },
  ],
  invalid: [
    {
      name: "a principal's personal cell in a public section",
      yaml: section("Dr. Ochoa's personal cell at (805) 555-0121."),
      errors: [{ line: 3, column: 11, message: 'Public text prints the phone number (805) 555-0121, which is not a listed public contact', severity: 'error' }],
    },
    {
      name: 'a Gmail address in public site text',
      yaml: 'sections:\n  disasterProcedures:\n    standard: disaster-procedures\n    siteText: "Questions: m.ochoa.home@gmail.com."\n    visibility: public\n',
      errors: [{ line: 4, column: 15, message: 'e-mail address m.ochoa.home@gmail.com, which' }],
    },
    {
      name: 'two numbers and an address in one text: three findings, each quoted',
      yaml: section('Cell 805-555-0121 or +1 415 555 2671, x@y.org', 'public'),
      errors: [
        { line: 3, column: 11, message: '805-555-0121' },
        { line: 3, column: 11, message: '+1 415 555 2671' },
        { line: 3, column: 11, message: 'x@y.org' },
      ],
    },
    {
      name: 'a multi-line text says which line of the text',
      yaml: 'sections:\n  ingressEgress:\n    visibility: public\n    text: |\n      Gates open at 7:45.\n      After hours call Mr. Flores, 805 555 0177.\n',
      errors: [{ line: 4, column: 11, message: 'phone number 805 555 0177 (line 2 of the text)' }],
    },
    {
      name: 'a listed line does not cover another number',
      yaml: section('Dispatch (805) 555-0100; custodian (805) 555-0177'),
      config: allowing,
      errors: [{ line: 3, column: 11, message: '(805) 555-0177' }],
    },
    {
      name: 'the title of a public section',
      yaml: 'sections:\n  safeEnvironment:\n    title: "Safety questions? Text 805-555-0123"\n    text: Fine.\n    visibility: public\n',
      errors: [{ line: 3, column: 12, message: '805-555-0123' }],
    },
    {
      name: 'the title of a public map',
      yaml: 'responder:\n  maps:\n    - title: Campus map (questions to jdoe@gmail.com)\n      file: maps/a.svg\n      visibility: public\n',
      errors: [{ line: 3, column: 14, message: 'jdoe@gmail.com' }],
    },
    {
      name: 'the armed-assailant and dress code sections are sections too',
      yaml: 'sections:\n  dressCode:\n    adopted: false\n    visibility: public\n    siteText: "Ask Coach Lee, 805-555-0190"\n',
      errors: [{ line: 5, column: 15, message: '805-555-0190' }],
    },
  ],
});
