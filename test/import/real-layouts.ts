// Eight plans in the layouts of real, public California safety plans (test/import/README.md says
// where each layout comes from). Names, numbers and text are invented; the layout is the point:
// where the roster and the emergency numbers are, how headings are worded, bold labels, lists.
import type { Part } from '../helpers/docx.js';

export interface Layout {
  name: string;
  site: string;
  parts: Part[];
  /** Every roster row, as [name, role]. */
  members: [string, string][];
  /** Every contact row with a phone number, as [name, phone, 24/7]. */
  contacts: [string, string, boolean][];
  /** Where each heading that names a section belongs. */
  headings: Record<string, string>;
}

const lorem = (topic: string) => ({ p: `Staff follow the ${topic} procedure reviewed with the safety committee each August.` });

const SB187_HEADINGS: [string, string][] = [
  ['(A) Child Abuse Reporting Procedures (EC 35294.2 [a] [2]; PC 11166)', 'childAbuseReporting'],
  ['(B) Disaster Procedures (EC 35295-35297; GC 8607 and 3100)', 'disasterProcedures'],
  ['(C) School Suspension, Expulsion and Mandatory Expulsion Guidelines', 'suspensionExpulsion'],
  ['(D) Procedures to Notify Teachers of Dangerous Pupils (EC 49079)', 'dangerousPupilNotice'],
  ['(E) Sexual Harassment Policies (EC 212.6 [b])', 'discriminationHarassment'],
  ['(F) School-wide Dress Code Relating to Gang-Related Apparel (EC 35183)', 'dressCode'],
  ['(G) Procedures for Safe Ingress and Egress of Pupils, Parents, and Staff to and from School (EC 35294.2)', 'ingressEgress'],
  ['(H) A Safe and Orderly School Environment Conducive to Learning (EC 35294.2)', 'safeEnvironment'],
  ['(I) School Discipline Rules and Consequences (EC 35291 and EC 35291.5)', 'disciplineRules'],
  ['(J) Hate Crime Reporting Procedures and Policies', 'discriminationHarassment'],
];

/** 1. The SB 187 compliance template: "Approved by" on the cover, contacts as Type | Vendor | Number | Comments. */
const SB187_ELEMENTARY: Layout = {
  name: 'SB 187 template, elementary',
  site: 'bayside-elementary',
  parts: [
    { h: 1, text: 'Comprehensive School Safety Plan SB 187 Compliance Document' },
    { p: '2026-2027 School Year' },
    { p: 'School: Bayside Elementary School' },
    { p: 'Approved by:' },
    { table: [['Name', 'Title', 'Signature', 'Date'], ['1.Dr. Elena Ruiz', 'Principal', '', ''], ['2.Marcus Webb', 'Teacher', '', ''], ['3. Priya Nair', 'Teacher', '', ''], ['4. Hannah Cole', 'Parent', '', ''], ['5.Luis Ortega', 'Parent and Classified', '', ''], ['6. Grace Kim', 'Classified', '', '']] },
    { h: 1, text: 'Senate Bill 187: Comprehensive School Safety Plan Purpose' },
    { p: 'The purpose of this plan is to keep every pupil and adult on campus safe.' },
    { h: 1, text: 'Safety Plan Vision' },
    { p: 'Bayside is a campus where every child feels safe and known.' },
    { h: 1, text: 'Components of the Comprehensive School Safety Plan (EC 32281)' },
    ...SB187_HEADINGS.flatMap(([h], i): Part[] => [{ h: 2, text: h }, lorem(`component ${i + 1}`), ...(i === 1 ? [{ numbered: ['Sound the alarm.', 'Lead pupils to the field by the posted route.', 'Take roll and report to the command post.'] } as Part] : [])]),
    { h: 1, text: 'Safety Plan Review, Evaluation and Amendment Procedures' },
    { p: 'The council reviews the plan each January.' },
    { h: 1, text: 'Safety Plan Appendices' },
    { h: 2, text: 'Emergency Contact Numbers' },
    { p: 'Utilities, Responders and Communication Resources' },
    {
      table: [
        ['Type', 'Vendor', 'Number', 'Comments'],
        ['Law Enforcement/Fire/Paramedic', 'Emergency', '911', ''],
        ['Police Department', 'Harbor Vista Police Department', '805-555-0110', 'Non-emergency dispatch, 24 hours'],
        ['Fire Department', 'Harbor Vista Fire Department', '(805) 555-0120', ''],
        ['Gas', 'Pacific Gas and Electric', '1-800-555-0133', 'Gas leaks, 24/7'],
        ['Water', 'Harbor Vista Water District', '805.555.0144', ''],
      ],
    },
  ],
  members: [['Dr. Elena Ruiz', 'principal'], ['Marcus Webb', 'teacher'], ['Priya Nair', 'teacher'], ['Hannah Cole', 'parent'], ['Luis Ortega', 'parent'], ['Grace Kim', 'classified']],
  contacts: [['Harbor Vista Police Department', '(805) 555-0110', true], ['Harbor Vista Fire Department', '(805) 555-0120', false], ['Pacific Gas and Electric', '(800) 555-0133', true], ['Harbor Vista Water District', '(805) 555-0144', false]],
  headings: Object.fromEntries(SB187_HEADINGS),
};

/** 2. The same template, co-principals two to a row, the committee (Name | Title | Committee) in an appendix, the command team's numbers in the disaster procedures. */
const SB187_CO_PRINCIPALS: Layout = {
  name: 'SB 187 template, co-principals, roster in an appendix',
  site: 'seacliff-k8',
  parts: [
    { h: 1, text: 'Comprehensive School Safety Plan' },
    { p: 'Approved by:' },
    { table: [['Name', 'Title', 'Name', 'Title'], ['Ava Brooks', 'Co-Principal', 'Noah Price', 'Co-Principal']] },
    { h: 1, text: 'Child Abuse Reporting Procedures (EC 35294.2 [a] [2]; PC 11166)' },
    lorem('mandated reporting'),
    { h: 1, text: 'Disaster Procedures (EC 35295-35297; GC 8607 and 3100)' },
    lorem('disaster'),
    { h: 2, text: 'Emergency Response Guidelines' },
    { h: 3, text: 'Step One: Identify the Type of Emergency' },
    { p: 'The first adult on scene decides whether it is a fire, an intruder or a medical emergency.' },
    { h: 3, text: 'Campus Lockdown' },
    { p: 'Lock the door, lights off, away from windows.' },
    { h: 2, text: 'Incident Command Team' },
    { table: [['Name', 'Title', 'Office', 'Cell'], ['Ava Brooks', 'Incident Commander', '(805) 555-0201', '(805) 555-0291'], ['Noah Price', 'Operations', '805-555-0202', '805-555-0292']] },
    { h: 1, text: 'Earthquake Emergency Procedure System' },
    lorem('drop, cover and hold on'),
    { h: 1, text: 'School Discipline Rules and Consequences (EC 35291 and EC 35291.5)' },
    lorem('discipline'),
    { h: 1, text: 'Hate Crime Reporting Procedures and Policies' },
    lorem('hate crime reporting'),
    { h: 1, text: 'Safety Plan Appendices' },
    { h: 2, text: 'Safety Planning Committee' },
    { table: [['Name', 'Title', 'Committee'], ['Ava Brooks', 'Co-Principal', 'School Site Council'], ['Iris Long', 'Teacher, CTA representative', 'School Site Council'], ['Tom Reed', 'Parent', 'School Site Council'], ['Kai Moss', 'Office Manager, CSEA', 'Safety Committee']] },
  ],
  members: [['Ava Brooks', 'principal'], ['Noah Price', 'principal'], ['Iris Long', 'teacher'], ['Tom Reed', 'parent'], ['Kai Moss', 'classified']],
  contacts: [['Ava Brooks', '(805) 555-0201', false], ['Noah Price', '(805) 555-0202', false]],
  headings: {
    'Child Abuse Reporting Procedures (EC 35294.2 [a] [2]; PC 11166)': 'childAbuseReporting',
    'Disaster Procedures (EC 35295-35297; GC 8607 and 3100)': 'disasterProcedures',
    'Earthquake Emergency Procedure System': 'earthquake',
    'School Discipline Rules and Consequences (EC 35291 and EC 35291.5)': 'disciplineRules',
    'Hate Crime Reporting Procedures and Policies': 'discriminationHarassment',
  },
};

/** 3. A high school "Safe School Plan": administrators as lines on the cover, the committee as "Name - Role" lines, agencies in the emergency procedures. */
const SAFE_SCHOOL_PLAN_HIGH: Layout = {
  name: 'Safe School Plan, high school, roster as lines',
  site: 'harbor-vista-high',
  parts: [
    { h: 1, text: 'Harbor Vista High School Safe School Plan 2026-2027' },
    { p: 'School Administration:' },
    { p: 'Roger Allen. - Principal' },
    { p: 'Rita Soto - Assistant Principal' },
    { h: 1, text: 'I. Overview' },
    { h: 2, text: 'Planning Committee - Roles and Responsibilities' },
    { p: 'Roger Allen - Principal' },
    { p: 'Mei Chen – Teacher, English' },
    { p: 'Paul Grant – Parent' },
    { p: 'Dolores Vega – Campus Supervisor' },
    { p: 'Jamal Price – ASB President' },
    { p: 'Sgt. Ana Lopez – School Resource Officer' },
    { h: 1, text: 'II. Assessment of the Current Status of School Crime' },
    lorem('crime data'),
    { h: 1, text: 'III. Safety Strategies and Programs' },
    lorem('safety strategies'),
    { h: 1, text: 'IV. Emergency Procedures' },
    lorem('emergency'),
    { table: [['Agency', 'Contact', 'Phone'], ['Harbor Vista Police', 'Watch Commander', '(805) 555-0300'], ['County Sheriff Dispatch (24/7)', '', '805-555-0301'], ['Red Cross', 'Shelter desk', 'call the district office']] },
    { h: 1, text: 'V. Tactical Responses to Criminal Incidents' },
    lorem('tactical'),
    { h: 1, text: 'VI. Dress Code' },
    { p: 'Gang-related apparel is not permitted on campus or at school events.' },
  ],
  members: [['Roger Allen', 'principal'], ['Mei Chen', 'teacher'], ['Paul Grant', 'parent'], ['Dolores Vega', 'classified'], ['Jamal Price', 'student'], ['Sgt. Ana Lopez', 'law-enforcement']],
  contacts: [['Watch Commander', '(805) 555-0300', false], ['County Sheriff Dispatch (24/7)', '(805) 555-0301', true]],
  headings: {
    'II. Assessment of the Current Status of School Crime': 'crimeAssessment',
    'III. Safety Strategies and Programs': 'safetyStrategies',
    'IV. Emergency Procedures': 'disasterProcedures',
    'V. Tactical Responses to Criminal Incidents': 'tacticalResponse',
    'VI. Dress Code': 'dressCode',
  },
};

/** 4. No heading styles (bold lines): the safety team as "Name, Title" lines, bold labels inside child abuse reporting and crisis response. */
const UNSTYLED_ELEMENTARY: Layout = {
  name: 'Safe School Plan without heading styles',
  site: 'cypress-grove-elementary',
  parts: [
    { title: 'Cypress Grove Elementary Safe School Plan 2026-2027' },
    { bold: 'ASSESSMENT OF CURRENT STATUS OF SCHOOL CRIME' },
    { p: 'Two thefts and one fight were reported last year.' },
    { bold: 'SCHOOL SAFETY TEAM' },
    { p: 'Maya Torres, Principal' },
    { p: 'Owen Hart, Teacher' },
    { p: 'Lena Park, Parent' },
    { p: 'Sam Ruiz, Custodian' },
    { p: 'Officer Dana Cole, School Resource Officer' },
    { bold: 'CHILD ABUSE REPORTING PROCEDURES' },
    { p: 'Every adult on campus is a mandated reporter.' },
    { bold: 'Who Must Report?' },
    { p: 'Teachers, aides, office staff, coaches and volunteers.' },
    { bold: 'How to Report' },
    { p: 'Call the county hotline, then file the written report within 36 hours.' },
    { bold: 'CRISIS RESPONSE INITIAL ACTIONS' },
    { p: 'The principal or designee takes command and calls 911 when needed.' },
    { bold: 'Duck and Cover' },
    { p: 'Get under a desk and hold on.' },
    { bold: 'CAMPUS SECURITY (LOCK-DOWN)' },
    { p: 'Lock doors, cover windows, stay silent.' },
    { bold: 'SHELTER-IN-PLACE' },
    { p: 'Close windows and turn off the ventilation.' },
    { bold: 'EARTHQUAKE' },
    { p: 'Drop, cover and hold on; evacuate when the shaking stops.' },
    { bold: 'SUSPENSION AND EXPULSION POLICIES' },
    lorem('suspension'),
  ],
  members: [['Maya Torres', 'principal'], ['Owen Hart', 'teacher'], ['Lena Park', 'parent'], ['Sam Ruiz', 'classified'], ['Officer Dana Cole', 'law-enforcement']],
  contacts: [],
  headings: {
    'ASSESSMENT OF CURRENT STATUS OF SCHOOL CRIME': 'crimeAssessment',
    'CHILD ABUSE REPORTING PROCEDURES': 'childAbuseReporting',
    'Who Must Report?': 'childAbuseReporting (as a sub-heading)',
    'How to Report': 'childAbuseReporting (as a sub-heading)',
    'CRISIS RESPONSE INITIAL ACTIONS': 'disasterProcedures',
    'Duck and Cover': 'disasterProcedures (as a sub-heading)',
    'CAMPUS SECURITY (LOCK-DOWN)': 'disasterProcedures (as a sub-heading)',
    'SHELTER-IN-PLACE': 'disasterProcedures (as a sub-heading)',
    EARTHQUAKE: 'earthquake',
    'SUSPENSION AND EXPULSION POLICIES': 'suspensionExpulsion',
  },
};

/** 5. CDE's planning-guide components: a label | name roster with no header row, Component 1 and 2 action plans, emergency numbers inside the disaster procedures. */
const CDE_COMPONENTS: Layout = {
  name: 'CDE planning-guide components',
  site: 'pelican-ridge-middle',
  parts: [
    { h: 1, text: 'Pelican Ridge Middle School Comprehensive Safe School Plan' },
    { table: [['Principal', 'Ana Ruiz'], ['Teacher', 'Ben Ode'], ['Parent', 'Cora Diaz'], ['Classified Employee', 'Dev Patel'], ['Student', 'Eli Stone']] },
    { h: 1, text: 'Assessment of Current Status' },
    lorem('assessment'),
    { h: 1, text: 'Component 1 Action Plan: People and Programs' },
    lorem('mentoring'),
    { h: 1, text: 'Component 2: Place' },
    lorem('campus supervision'),
    { h: 1, text: 'School Rules' },
    lorem('school rules'),
    { h: 1, text: 'Child Abuse Reporting' },
    lorem('reporting'),
    { h: 1, text: 'Emergency Disaster Procedures' },
    lorem('evacuation'),
    { p: 'Emergency Phone Numbers' },
    { table: [['Police', '(805) 555-0410'], ['Fire', '805-555-0420'], ['Poison Control (24 hours)', '1-800-555-0499'], ['Emergency', '911']] },
  ],
  members: [['Ana Ruiz', 'principal'], ['Ben Ode', 'teacher'], ['Cora Diaz', 'parent'], ['Dev Patel', 'classified'], ['Eli Stone', 'student']],
  contacts: [['Police', '(805) 555-0410', false], ['Fire', '(805) 555-0420', false], ['Poison Control (24 hours)', '(800) 555-0499', true]],
  headings: {
    'Assessment of Current Status': 'crimeAssessment',
    'Component 1 Action Plan: People and Programs': 'safetyStrategies',
    'Component 2: Place': 'safetyStrategies',
    'School Rules': 'disciplineRules',
    'Child Abuse Reporting': 'childAbuseReporting',
    'Emergency Disaster Procedures': 'disasterProcedures',
  },
};

/** 6. A vendor template citing the pre-2004 numbers (EC 35294.x): the committee two to a row, the crisis team as Name | Title | Office | Cell. */
const VENDOR_OLD_CITATIONS: Layout = {
  name: 'vendor template, old citations',
  site: 'breakwater-high',
  parts: [
    { h: 1, text: 'Breakwater High School Comprehensive Safety Plan' },
    { h: 1, text: 'School Safety Planning Committee' },
    { table: [['Name', 'Title', 'Name', 'Title'], ['Olivia Grant', 'Principal', 'Sara Vance', 'Teacher'], ['Tom Ng', 'Parent', 'Rosa Lima', 'Classified'], ['Capt. Jo Hale', 'Fire Captain', '', '']] },
    { h: 1, text: 'Assessment of School Crime (EC 35294.2(a)(1))' },
    lorem('crime'),
    { h: 1, text: 'Child Abuse Reporting (EC 35294.2(a)(2)(A))' },
    lorem('reporting'),
    { h: 1, text: 'Disaster Procedures (EC 35294.2(a)(2)(B))' },
    lorem('disaster'),
    { h: 2, text: 'Crisis Team Contacts' },
    { table: [['Name', 'Title', 'Office', 'Cell'], ['Olivia Grant', 'Principal', '(805) 555-0501', '(805) 555-0591'], ['Ray Cho', 'Plant Manager', '805 555 0502', '']] },
    { h: 1, text: 'Earthquake Emergency Procedure System (EC 35295-35297)' },
    lorem('earthquake'),
    { h: 1, text: 'Policies for Suspension and Expulsion (EC 35294.2(a)(2)(C))' },
    lorem('suspension'),
    { h: 1, text: 'Dangerous Pupils (EC 49079)' },
    lorem('notification'),
    { h: 1, text: 'Ingress and Egress (EC 35294.2(a)(2)(G))' },
    lorem('arrival'),
    { h: 1, text: 'Rules and Procedures on School Discipline (EC 35291.5)' },
    lorem('discipline'),
  ],
  members: [['Olivia Grant', 'principal'], ['Sara Vance', 'teacher'], ['Tom Ng', 'parent'], ['Rosa Lima', 'classified'], ['Capt. Jo Hale', 'fire']],
  contacts: [['Olivia Grant', '(805) 555-0501', false], ['Ray Cho', '(805) 555-0502', false]],
  headings: {
    'Assessment of School Crime (EC 35294.2(a)(1))': 'crimeAssessment',
    'Child Abuse Reporting (EC 35294.2(a)(2)(A))': 'childAbuseReporting',
    'Disaster Procedures (EC 35294.2(a)(2)(B))': 'disasterProcedures',
    'Earthquake Emergency Procedure System (EC 35295-35297)': 'earthquake',
    'Policies for Suspension and Expulsion (EC 35294.2(a)(2)(C))': 'suspensionExpulsion',
    'Dangerous Pupils (EC 49079)': 'dangerousPupilNotice',
    'Ingress and Egress (EC 35294.2(a)(2)(G))': 'ingressEgress',
    'Rules and Procedures on School Discipline (EC 35291.5)': 'disciplineRules',
  },
};

/** 7. Procedures as Word-numbered and typed-numbered steps, bracketed notes, the signature page at the end. */
const SIGNATURE_PAGE: Layout = {
  name: 'numbered procedures, signature page at the end',
  site: 'bayside-elementary',
  parts: [
    { h: 1, text: 'Bayside Elementary Comprehensive School Safety Plan' },
    { h: 1, text: 'Disaster Procedures' },
    { p: 'Fire evacuation [see the map in Appendix B]:' },
    { numbered: ['Sound the alarm.', 'Leave by the nearest exit.', 'Take the roster.'] },
    { p: '1. Teachers take roll on the field.' },
    { p: '2. Report missing pupils to the command post.' },
    { p: '- Runners wait at the gate.' },
    { h: 1, text: 'Discrimination and Harassment Policy' },
    { p: 'See Board Policy 5145.3 [rev. 2025] for the complaint procedure.' },
    { h: 1, text: 'Emergency Numbers' },
    { table: [['Agency', 'Phone'], ['Sheriff Dispatch (24 hours)', '(805) 555-0601'], ['School District Office', '805-555-0602']] },
    { h: 1, text: 'Signatures' },
    { table: [['Name', 'Title', 'Signature', 'Date'], ['Dr. Elena Ruiz', 'Principal', 'signed', '2/10/2027'], ['Marcus Webb', 'Teacher, BTA', 'signed', '2/10/2027'], ['Hannah Cole', 'Parent', '', ''], ['Grace Kim', 'Classified, CSEA', '', '']] },
  ],
  members: [['Dr. Elena Ruiz', 'principal'], ['Marcus Webb', 'teacher'], ['Hannah Cole', 'parent'], ['Grace Kim', 'classified']],
  contacts: [['Sheriff Dispatch (24 hours)', '(805) 555-0601', true], ['School District Office', '(805) 555-0602', false]],
  headings: { 'Disaster Procedures': 'disasterProcedures', 'Discrimination and Harassment Policy': 'discriminationHarassment' },
};

/** 8. As Google Docs exports a plan typed without styles: a Title, bold lines, the writers as a bulleted "Name – Role" list under "Plan Developed By", agencies in an appendix. */
const GOOGLE_DOCS_DEVELOPED_BY: Layout = {
  name: 'Google Docs export, Plan Developed By',
  site: 'pelican-ridge-middle',
  parts: [
    { title: 'Pelican Ridge Middle School Safety Plan' },
    { bold: 'PLAN DEVELOPED BY' },
    { items: ['Ana Cruz – Principal', 'Ben Ode – 7th Grade Teacher', 'Cy Moss – Custodian', 'Di Park – Parent', 'Ed Lane – Student Body President'] },
    { bold: '1. SAFETY STRATEGIES AND PROGRAMS' },
    lorem('strategies'),
    { bold: '2. OPIOID OVERDOSE RESPONSE' },
    { p: 'Naloxone is kept in the health office and the gym.' },
    { bold: '3. EMERGENCY PROCEDURES' },
    lorem('emergency'),
    { bold: 'Lockdown' },
    { p: 'Doors locked, lights off.' },
    { bold: '4. APPENDIX: EMERGENCY PHONE NUMBERS' },
    { table: [['Agency', 'Contact', 'Phone'], ['Pelican Ridge PD', 'Dispatch (24/7)', '(805) 555-0701'], ['County Office of Education', 'Safety Director', '805-555-0702']] },
  ],
  members: [['Ana Cruz', 'principal'], ['Ben Ode', 'teacher'], ['Cy Moss', 'classified'], ['Di Park', 'parent'], ['Ed Lane', 'student']],
  contacts: [['Dispatch (24/7)', '(805) 555-0701', true], ['Safety Director', '(805) 555-0702', false]],
  headings: {
    '1. SAFETY STRATEGIES AND PROGRAMS': 'safetyStrategies',
    '2. OPIOID OVERDOSE RESPONSE': 'opioidOverdose',
    '3. EMERGENCY PROCEDURES': 'disasterProcedures',
    Lockdown: 'disasterProcedures (as a sub-heading)',
  },
};

export const LAYOUTS: Layout[] = [SB187_ELEMENTARY, SB187_CO_PRINCIPALS, SAFE_SCHOOL_PLAN_HIGH, UNSTYLED_ELEMENTARY, CDE_COMPONENTS, VENDOR_OLD_CITATIONS, SIGNATURE_PAGE, GOOGLE_DOCS_DEVELOPED_BY];
