// Plans in the shape districts have them: the commercial template with the pre-2004 citations
// (EC 35294.x), and a hand-formatted one with bold lines for headings (Google Docs style).
import type { Part } from '../helpers/docx.js';

export const ROSTER: string[][] = [
  ['Name', 'Title', 'Representing'],
  ['Dr. Maribel Ochoa', 'Principal', 'Administration'],
  ['Kristin Albee', 'Grade 3 Teacher', 'Harbor Vista Teachers Association'],
  ['Rosa Gutierrez', 'Parent', 'PTA'],
  ['Lorraine Pak', 'Office Manager', 'CSEA Chapter 000'],
  ['Ofc. Dana Reyes', 'School Resource Officer', 'Harbor Vista Police Department'],
  ['Capt. Lee Marsh', 'Fire Captain', 'Harbor Vista Fire Department'],
  ['Jordan Kim', 'ASB President', 'Students'],
];

export const CONTACTS: string[][] = [
  ['Name', 'Role', 'Phone', 'Cell'],
  ['Dr. Maribel Ochoa', 'Principal / Incident Commander', '(555) 555-0142', '(555) 555-0199'],
  ['District Office', 'Superintendent', '(555) 555-0100', ''],
];

export const OLD_TEMPLATE: Part[] = [
  { h: 1, text: 'Bayside Elementary School Comprehensive School Safety Plan 2025-26' },
  { p: 'This plan was prepared under the direction of the School Site Council.' },
  { h: 1, text: 'School Site Council Members' },
  { table: ROSTER },
  { h: 1, text: 'Assessment of the Current Status of School Crime (EC 35294.2(a)(1))' },
  { p: 'Suspensions fell from 14 to 9 last year; the CHKS survey shows most pupils feel safe & respected ("R&R" &lt; 5% said <never>)._' },
  { h: 1, text: 'Safety Strategies and Programs (EC 32282(a)(2))' },
  { p: 'Second Step lessons in every class, and a campus supervisor at each entrance.' },
  { h: 1, text: 'Child Abuse Reporting Procedures (EC 35294.2(a)(2)(A))' },
  { p: 'All staff are mandated reporters under Penal Code 11164 and report to the county hotline.' },
  { h: 1, text: 'Routine and Emergency Disaster Procedures (EC 35294.2(a)(2)(B))' },
  { p: 'Pupils with disabilities have a buddy assigned for each evacuation.' },
  { h: 2, text: 'Fire Evacuation' },
  { items: ['Leave by the nearest exit.', 'Take the class roster.', 'Meet on the north field.'] },
  { h: 2, text: 'Earthquake Emergency Procedure System (EC 35295)' },
  { p: 'Drop, cover and hold on; then evacuate when the shaking stops.' },
  { h: 1, text: 'Policies pursuant to EC 48915(d)' },
  { p: 'The principal recommends expulsion as Education Code 48915 requires.' },
  { h: 1, text: 'Procedures to notify teachers of dangerous pupils' },
  { p: 'Counselors tell teachers of pupils who engaged in acts described in EC 49079.' },
  { h: 1, text: 'Tactical Responses to Criminal Incidents (EC 35294.2(a)(2)(J))' },
  { p: 'Lockdown is announced by radio with the code word agreed with police.' },
  { h: 1, text: 'Emergency Contacts' },
  { table: CONTACTS },
  { h: 1, text: 'Campus Security Measures' },
  { p: 'Visitors sign in at the office and wear a badge.' },
  { h: 1, text: 'Bus Schedule' },
  { table: [['Route', 'Departs'], ['North loop', '7:40 a.m.'], ['South loop', '7:55 a.m.']] },
  { h: 1, text: 'Campus Map' },
  { image: true },
];

export const BOLD_ONLY: Part[] = [
  { bold: 'COMPREHENSIVE SCHOOL SAFETY PLAN' },
  { p: 'Seacliff TK-8 School, reviewed by the safety committee.' },
  { bold: '1. Assessment of School Crime' },
  { p: 'Two incidents on campus were reported to police this year.' },
  { bold: '2. CHILD ABUSE REPORTING PROCEDURES' },
  { p: 'Every employee reports suspected abuse within 36 hours.' },
  { bold: 'Training' },
  { p: 'Staff complete the online mandated reporter course each August.' },
  { bold: '3. Dress Code (EC 35183)' },
  { p: 'Clothing with gang symbols is not allowed on campus.' },
  { bold: '4. Staff Parking' },
  { p: 'Staff park in the east lot; the gate closes at 8:15 a.m.' },
];

// As Google Docs exports a plan typed without heading styles: a Title paragraph, bold lines, a
// roster under a safety committee heading, a map with a description.
export const GOOGLE_DOCS: Part[] = [
  { title: 'Pelican Ridge Middle School Safety Plan' },
  { bold: 'SCHOOL SAFETY PLANNING COMMITTEE' },
  { table: [['Name', 'Position'], ['Ana Cruz', 'Principal'], ['Ben Ode', '7th grade teacher'], ['Cy Moss', 'Custodian'], ['Di Park', 'Parent']] },
  { bold: 'EMERGENCY EVACUATION MAP' },
  { image: true, alt: 'Evacuation routes, main building' },
  { bold: 'NALOXONE AND OPIOID OVERDOSE RESPONSE' },
  { p: 'Naloxone is kept in the health office and the gym.' },
];
