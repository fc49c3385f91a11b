// Every rule, kept by hand: add a new rule file's import and entry here, in id order.
// test/rules/index.test.ts checks that each file in src/rules/ is listed once, sorted, under its own id.
import adoptionDeadline from './adoption-deadline.js';
import armedAssailantDrillRecord from './armed-assailant-drill-record.js';
import armedAssailantProcedures from './armed-assailant-procedures.js';
import cardiacEmergency from './cardiac-emergency.js';
import childProtection from './child-protection.js';
import committeeComposition from './committee-composition.js';
import committeePupilMember from './committee-pupil-member.js';
import dangerousActivityReports from './dangerous-activity-reports.js';
import disabilityAdaptations from './disability-adaptations.js';
import distributionCurrent from './distribution-current.js';
import districtApproval from './district-approval.js';
import districtCoverage from './district-coverage.js';
import doorNumbering from './door-numbering.js';
import dressCode from './dress-code.js';
import drillDates from './drill-dates.js';
import drillDuplicates from './drill-duplicates.js';
import drillRecordFields from './drill-record-fields.js';
import earthquakeDrillFrequency from './earthquake-drill-frequency.js';
import familyTranslations from './family-translations.js';
import fireAlarmMonthly from './fire-alarm-monthly.js';
import fireDrillFrequency from './fire-drill-frequency.js';
import firstResponderConsultation from './first-responder-consultation.js';
import immigrationEnforcementNotice from './immigration-enforcement-notice.js';
import localSections from './local-sections.js';
import lockdownDrillFrequency from './lockdown-drill-frequency.js';
import mapPositions from './map-positions.js';
import mapWalkthrough from './map-walkthrough.js';
import meetingNotices from './meeting-notices.js';
import opioidProtocol from './opioid-protocol.js';
import planDistribution from './plan-distribution.js';
import planLocation from './plan-location.js';
import publicContactDetails from './public-contact-details.js';
import publicContactLabels from './public-contact-labels.js';
import publicMeeting from './public-meeting.js';
import pupilNamesInNotes from './pupil-names-in-notes.js';
import recordDatesInCycle from './record-dates-in-cycle.js';
import referencedFiles from './referenced-files.js';
import requiredSections from './required-sections.js';
import responderPacket from './responder-packet.js';
import sectionNotWritten from './section-not-written.js';
import sectionVisibility from './section-visibility.js';
import siteRegistry from './site-registry.js';
import tacticalConfidential from './tactical-confidential.js';
import versionSchoolYear from './version-school-year.js';
import wildfireEvacuation from './wildfire-evacuation.js';
import type { Rule } from './types.js';

/** Every rule, sorted by id. */
export const RULES: readonly Rule[] = [
  adoptionDeadline,
  armedAssailantDrillRecord,
  armedAssailantProcedures,
  cardiacEmergency,
  childProtection,
  committeeComposition,
  committeePupilMember,
  dangerousActivityReports,
  disabilityAdaptations,
  distributionCurrent,
  districtApproval,
  districtCoverage,
  doorNumbering,
  dressCode,
  drillDates,
  drillDuplicates,
  drillRecordFields,
  earthquakeDrillFrequency,
  familyTranslations,
  fireAlarmMonthly,
  fireDrillFrequency,
  firstResponderConsultation,
  immigrationEnforcementNotice,
  localSections,
  lockdownDrillFrequency,
  mapPositions,
  mapWalkthrough,
  meetingNotices,
  opioidProtocol,
  planDistribution,
  planLocation,
  publicContactDetails,
  publicContactLabels,
  publicMeeting,
  pupilNamesInNotes,
  recordDatesInCycle,
  referencedFiles,
  requiredSections,
  responderPacket,
  sectionNotWritten,
  sectionVisibility,
  siteRegistry,
  tacticalConfidential,
  versionSchoolYear,
  wildfireEvacuation,
];
