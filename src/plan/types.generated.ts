// Generated from schemas/*.schema.json by `npm run gen`. Do not edit by hand.
/**
 * The kind of school, which sets the drill rules: elementary, middle (intermediate), high (comprehensive secondary), k8, k12, continuation (continuation high school) or other.
 */
export type Level = ("elementary" | "middle" | "high" | "k8" | "k12" | "continuation" | "other")
/**
 * Grades served, as a range such as TK-5, K-8, 6-8 or 9-12 (or a single grade such as K).
 */
export type Grades = string
/**
 * not-written while the section is still to be written (cssp new marks every section of a new plan so). cssp check lists each such section: a warning until the adoption deadline, an error after it. Remove the line once the section has its text or a district standard.
 */
export type SectionStatus = "not-written"
/**
 * A calendar date written YYYY-MM-DD, for example 2026-02-18.
 */
export type IsoDate = string
/**
 * Text in Markdown: paragraphs, lists (- item), **bold** and headings (### Heading).
 */
export type Markdown = string
/**
 * Who may see this content. public: the posted public edition and everyone else. responder: police, fire and EMS (and the full plan), never the public edition. confidential: the full plan only, for example tactical responses developed with law enforcement (EC 32281).
 */
export type Visibility = ("public" | "responder" | "confidential")
/**
 * A telephone number, for example (555) 555-0142 or 555-0142 ext. 12.
 */
export type Phone = string
/**
 * A clock time on the 24-hour clock, written HH:MM, for example 09:45 or 13:10.
 */
export type Time = string

/**
 * One school site's Comprehensive School Safety Plan for one school year (Education Code 32280-32289.5). File: plans/<school-year>/<site-id>.yaml.
 */
export interface Plan {
/**
 * Version of the cssp plan format. Leave this at 1.
 */
schemaVersion: 1
/**
 * The school year this plan covers, written like 2026-27. Must match the folder the file is in.
 */
schoolYear: string
/**
 * Your own version label for this plan, such as 2026-27.1. Increase it whenever the adopted plan changes, so the distribution record shows which version each agency has.
 */
version?: string
site: Site
committee: Committee
/**
 * Each first-responder agency consulted while writing the plan (EC 32281(b)(3)): at least law enforcement and the fire department.
 */
consultations?: Consultation[]
publicMeeting?: PublicMeeting
adoption?: Adoption
approval?: Approval
/**
 * Record of distribution: which agency received which edition and version of the adopted plan, and when (EC 32281(b)(3) requires sharing the plan and every update with first responders).
 */
distribution?: Distribution[]
sections: Sections
responder: Responder
/**
 * The drill log for this school year, one entry per drill, in any order.
 */
drills: Drill[]
family?: Family
}
/**
 * The school this plan is for. id, name, level and grades must agree with the site registry in cssp.config.yaml.
 */
export interface Site {
/**
 * Short site id used in file names, lower case with dashes, for example lincoln-elementary. Must match the file name.
 */
id: string
/**
 * The school's full name as it appears on the SARC.
 */
name: string
/**
 * The 14-digit County-District-School code from the California School Directory, digits only or with dashes (19-64733-6012345).
 */
cdsCode?: string
level: Level
grades: Grades
address: Address
/**
 * Number of pupils enrolled (use the most recent count).
 */
enrollment?: number
/**
 * Number of staff who normally work on site.
 */
staffCount?: number
/**
 * Regular use of the campus outside school hours that responders should know about (after-school programs, community use).
 */
afterHoursUse?: string
opened?: IsoDate
/**
 * CAL FIRE fire hazard severity zone of the campus, if any: none, moderate, high or very-high.
 */
fireHazardSeverityZone?: ("none" | "moderate" | "high" | "very-high")
}
/**
 * A street address.
 */
export interface Address {
status?: SectionStatus
/**
 * Street number and name.
 */
street?: string
/**
 * City.
 */
city?: string
/**
 * State; CA when left out.
 */
state?: string
/**
 * ZIP code, five digits.
 */
zip?: string
}
/**
 * Who wrote the plan (EC 32281(b)).
 */
export interface Committee {
/**
 * schoolsite-council when the School Site Council wrote the plan; safety-committee when the council delegated it to a school safety planning committee.
 */
authoringBody: ("schoolsite-council" | "safety-committee")
delegatedOn?: IsoDate
/**
 * Committee members. A school safety planning committee (EC 32281(b)(2)) has the principal or designee, a teacher and a classified employee each representing their bargaining unit (say which in representing), and a parent of a current pupil. A School Site Council (EC 65000) has the principal, teachers, other school personnel and parents, and pupils at a secondary school.
 */
members: Member[]
}
/**
 * One committee member.
 */
export interface Member {
/**
 * Full name.
 */
name: string
/**
 * principal (or designee), teacher, parent, classified, student, law-enforcement, fire or other.
 */
role: ("principal" | "teacher" | "parent" | "classified" | "student" | "law-enforcement" | "fire" | "other")
/**
 * Who the member represents. On a safety planning committee, the teacher and classified members name their bargaining unit, for example Harbor Vista Teachers Association (certificated bargaining unit).
 */
representing?: string
/**
 * Job title, for example Assistant Principal.
 */
title?: string
}
/**
 * One consultation with a first-responder agency.
 */
export interface Consultation {
/**
 * Agency name, for example Harbor City Police Department.
 */
agency: string
/**
 * law-enforcement, fire, ems or other.
 */
type: ("law-enforcement" | "fire" | "ems" | "other")
date: IsoDate
/**
 * Name and title of the person consulted.
 */
contact?: string
/**
 * What was discussed or changed as a result.
 */
notes?: string
}
/**
 * The public meeting held at the school site before adoption (EC 32288(b)).
 */
export interface PublicMeeting {
date: IsoDate
/**
 * Where on the school site the meeting was held, for example Library.
 */
location: string
/**
 * true: the meeting was held at this school's site, as EC 32288(b)(1) requires (not at the district office or another school).
 */
atSchoolsite?: boolean
/**
 * true: the meeting was held before the adoption vote at the same session (a public hearing, then the action item), when both are on one day.
 */
beforeVote?: boolean
/**
 * Written notices of the meeting. EC 32288(b)(2) requires one to each of: mayor, school-employee-organization, parent-organization, teacher-organization, student-government, requester (anyone who asked). Mark a recipient type that does not exist at your school with notApplicable and a reason.
 */
notices?: Notice[]
}
/**
 * One written notice of the public meeting.
 */
export interface Notice {
/**
 * Recipient type: mayor, school-employee-organization, parent-organization, teacher-organization, student-government or requester.
 */
recipient: ("mayor" | "school-employee-organization" | "parent-organization" | "teacher-organization" | "student-government" | "requester")
/**
 * Who received it, for example Office of the Mayor of Harbor City.
 */
name?: string
date?: IsoDate
/**
 * How it was sent: letter, email, hand delivery.
 */
method?: string
/**
 * true when this kind of recipient does not exist for your school (for example no student government at an elementary school). Give a reason.
 */
notApplicable?: boolean
/**
 * Why the notice was not applicable.
 */
reason?: string
}
/**
 * Adoption of the plan by the School Site Council or safety committee, due by March 1 (EC 32286(a)).
 */
export interface Adoption {
date: IsoDate
/**
 * The body that adopted it, for example Lincoln Elementary School Site Council.
 */
body?: string
/**
 * Recorded vote, for example 9-0.
 */
vote?: string
}
/**
 * Approval of the adopted plan by the district or county office of education (EC 32288(a)).
 */
export interface Approval {
/**
 * Approving body, for example Governing Board of the district.
 */
body: string
date: IsoDate
/**
 * Board agenda item or resolution number.
 */
item?: string
}
/**
 * One delivery of the plan to an agency.
 */
export interface Distribution {
/**
 * Agency that received the plan.
 */
agency: string
/**
 * law-enforcement, fire, ems, district or other.
 */
type: ("law-enforcement" | "fire" | "ems" | "district" | "other")
/**
 * full, public, responder or family edition.
 */
edition: ("full" | "public" | "responder" | "family")
/**
 * The plan version delivered (see version at the top of the plan).
 */
version?: string
/**
 * The content hash printed in the version stamp of the edition delivered (12 hex digits, as in "content 3f2a9c01d4e7"). cssp distribute records it; cssp check warns when the plan no longer prints the same content, so the agency needs the update.
 */
contentHash?: string
/**
 * The git commit of the plan file delivered, for people to read (cssp distribute records it when the plan is committed).
 */
commit?: string
date: IsoDate
/**
 * How it was delivered, for example secure email or printed binder.
 */
method?: string
/**
 * Who received it.
 */
receivedBy?: string
}
/**
 * The plan sections required by EC 32282(a) and later amendments, keyed by the names in the cssp documentation.
 */
export interface Sections {
crimeAssessment?: CrimeAssessmentSection
safetyStrategies?: Section
childAbuseReporting?: Section
childProtection?: Section
disasterProcedures?: Section
disabilityAdaptations?: DisabilityAdaptationsSection
earthquake?: Section
shelterAgreement?: Section
suspensionExpulsion?: Section
dangerousPupilNotice?: Section
discriminationHarassment?: Section
dressCode?: DressCodeSection
ingressEgress?: Section
safeEnvironment?: Section
disciplineRules?: Section
tacticalResponse?: Section
dangerousActivityReports?: Section
immigrationEnforcementNotice?: Section
opioidOverdose?: Section
cardiacEmergency?: Section
armedAssailantDrills?: ArmedAssailantSection
wildfireEvacuation?: Section
mentalHealthRoles?: Section
/**
 * The district's own sections (heat illness, air quality, a local procedure), each declared with its title under localSections in cssp.config.yaml. They print after the statutory sections.
 */
local?: {
[k: string]: Section
}
}
/**
 * Assessment of the current status of crime on campus and at school-related functions (EC 32282(a)(1)). From SB 848 (2025) it covers all crime there, not only school crime: confirm with allCrime: true.
 */
export interface CrimeAssessmentSection {
/**
 * Heading to print instead of the standard one.
 */
title?: string
text?: Markdown
/**
 * Name of a district standard section to use, the file name in standards/ without .md, for example child-abuse-reporting.
 */
standard?: string
siteText?: Markdown
visibility: Visibility
status?: SectionStatus
/**
 * true: the assessment covers all crime committed on campus and at school-related functions, not only school-related crime (SB 848, 2025).
 */
allCrime?: boolean
}
/**
 * One plan section: your own Markdown text, or a district standard section (a file in the district's standards/ folder), optionally with site-specific text added.
 */
export interface Section {
/**
 * Heading to print instead of the standard one.
 */
title?: string
text?: Markdown
/**
 * Name of a district standard section to use, the file name in standards/ without .md, for example child-abuse-reporting.
 */
standard?: string
siteText?: Markdown
visibility: Visibility
status?: SectionStatus
}
/**
 * Adaptations of the disaster procedures for pupils with disabilities under the ADA, IDEA and Section 504, reviewed each year; a concern about a pupil's access to the procedures goes to the principal (SB 323, 2023; EC 32282(a)(2)(B)).
 */
export interface DisabilityAdaptationsSection {
/**
 * Heading to print instead of the standard one.
 */
title?: string
text?: Markdown
/**
 * Name of a district standard section to use, the file name in standards/ without .md, for example child-abuse-reporting.
 */
standard?: string
siteText?: Markdown
visibility: Visibility
status?: SectionStatus
reviewed?: IsoDate
}
/**
 * Schoolwide dress code prohibiting gang-related apparel (EC 35183), only if the school adopted one. Write adopted: false when it has not.
 */
export interface DressCodeSection {
status?: SectionStatus
/**
 * true if the school has adopted a gang-related apparel dress code; false if not.
 */
adopted?: boolean
/**
 * Heading to print instead of the standard one.
 */
title?: string
text?: Markdown
/**
 * Name of a district standard section to use, the file name in standards/ without .md, for example child-abuse-reporting.
 */
standard?: string
siteText?: Markdown
visibility: Visibility
}
/**
 * Armed-assailant drill procedures (AB 1858, 2024): required when the school prepares for an armed assailant by drills (including lockdown drills, when the district sets drillPolicy.lockdownAsArmedAssailant). Once the plan includes them, every AB 1858 element is checked at adoption. Confirm each element below with true.
 */
export interface ArmedAssailantSection {
/**
 * Heading to print instead of the standard one.
 */
title?: string
text?: Markdown
/**
 * Name of a district standard section to use, the file name in standards/ without .md, for example child-abuse-reporting.
 */
standard?: string
siteText?: Markdown
visibility: Visibility
status?: SectionStatus
/**
 * The elements the procedures cover: the six AB 1858 elements, and noActors when district policy asks for it.
 */
elements?: {
/**
 * Parents are notified the week of the drill.
 */
parentNoticeWeekOf?: boolean
/**
 * Parents are notified after the drill, the same day.
 */
parentNoticeAfter?: boolean
/**
 * Drills are age-appropriate and developmentally appropriate.
 */
ageAppropriate?: boolean
/**
 * A schoolwide announcement at the start says it is a drill.
 */
startAnnouncement?: boolean
/**
 * Local mental-health and support resources are shared after the drill.
 */
supportResources?: boolean
/**
 * Drills never simulate gunfire (AB 1858).
 */
noSimulatedGunfire?: boolean
/**
 * District policy, not AB 1858: drills never use actors posing as assailants. Checked only when the district sets drillPolicy.noActorsAsAssailants.
 */
noActors?: boolean
}
}
/**
 * The first-responder packet: what police, fire and EMS need on paper and offline.
 */
export interface Responder {
/**
 * Emergency contacts; at least one must be answered 24/7.
 */
contacts?: Contact[]
/**
 * Utility shut-offs (gas, water, electric) and building systems (fire alarm panel, sprinkler riser, Knox box, AEDs).
 */
utilities?: Utility[]
/**
 * On-site assembly areas where classes gather after evacuating.
 */
assemblyAreas?: Place[]
/**
 * Off-site evacuation sites.
 */
evacuationSites?: Place[]
/**
 * Sites where pupils are reunited with parents, with request and reunion gates.
 */
reunificationSites?: Place[]
/**
 * Staging areas for fire, EMS, police and buses.
 */
stagingAreas?: Place[]
commandPost?: Place
/**
 * Hazardous materials and nearby hazards.
 */
hazards?: Hazard[]
/**
 * Site and floor maps: image files beside the plan.
 */
maps?: Map[]
/**
 * The buildings of the campus, with their construction and fire protection.
 */
buildings?: Building[]
/**
 * Exterior doors, numbered per building, with their place on a map.
 */
doors?: Door[]
/**
 * How many people need help to evacuate. Counts only, never names.
 */
evacuationAssistance?: {
/**
 * Number of pupils who need help to evacuate.
 */
pupils: number
/**
 * Number of staff who need help to evacuate.
 */
staff: number
/**
 * Where they usually are (building, floor), without names.
 */
notes?: string
}
/**
 * The common response language used, for example Standard Response Protocol (Hold, Secure, Lockdown, Evacuate, Shelter).
 */
responseProtocol?: string
}
/**
 * One emergency contact.
 */
export interface Contact {
/**
 * Full name, or the office name for a shared line.
 */
name: string
/**
 * Role in an emergency, for example Principal / Incident Commander.
 */
role: string
phone: Phone
mobile?: Phone
/**
 * true if this number is answered around the clock.
 */
available24x7?: boolean
/**
 * true if this person holds keys or access cards for the campus.
 */
keyHolder?: boolean
}
/**
 * One utility shut-off or building system that responders need to find.
 */
export interface Utility {
/**
 * gas, water, electric, fire-alarm-panel, sprinkler-riser, fire-department-connection, knox-box, aed, generator, hvac-shutdown, pa-system, trauma-kit, naloxone, hydrant or other.
 */
kind: ("gas" | "water" | "electric" | "fire-alarm-panel" | "sprinkler-riser" | "fire-department-connection" | "knox-box" | "aed" | "generator" | "hvac-shutdown" | "pa-system" | "trauma-kit" | "naloxone" | "hydrant" | "other")
/**
 * Where it is, in words a firefighter can follow at night, for example North wall of Building C, by gate 4.
 */
location: string
/**
 * Tools needed, who may operate it, valve type.
 */
notes?: string
/**
 * Label of this item on the site map, for example G1.
 */
map?: string
position?: Position
}
/**
 * Where a feature is on one of the plan's maps, in that map's own coordinates (an SVG's user units, or an image's pixels from its top-left corner). cssp draws the marker, its label and the grid cell; cssp edit places it by a click on the map.
 */
export interface Position {
/**
 * The id of the map (responder.maps[].id).
 */
map: string
/**
 * Across, from the left edge.
 */
x: number
/**
 * Down, from the top edge.
 */
y: number
}
/**
 * A named place used in an emergency.
 */
export interface Place {
/**
 * Name of the place, for example North Field.
 */
name: string
/**
 * Where it is or its address.
 */
location: string
/**
 * Use, for example Fire/EMS staging or Request gate.
 */
purpose?: string
/**
 * How many people it holds.
 */
capacity?: number
/**
 * true for the first choice; false for an alternate.
 */
primary?: boolean
/**
 * Who to call to open it.
 */
contact?: string
/**
 * Reunification sites: where parents sign in to request a pupil.
 */
requestGate?: string
/**
 * Reunification sites: where pupils are released to parents.
 */
reunionGate?: string
position?: Position
}
/**
 * A hazard on or near the campus.
 */
export interface Hazard {
/**
 * What it is, for example Science lab chemicals or Pool chemicals or Rail line.
 */
kind: string
/**
 * Where it is.
 */
location: string
/**
 * Safety data sheet location, quantities, precautions.
 */
notes?: string
position?: Position
}
/**
 * A site or floor map image stored beside the plan.
 */
export interface Map {
/**
 * Caption, for example Campus map - ground floor.
 */
title: string
/**
 * Image file path relative to this plan file (PNG, JPEG or SVG), for example maps/lincoln-campus.svg.
 */
file: string
visibility?: Visibility
/**
 * Short id that positioned features name, for example campus or building-b-first-floor.
 */
id?: string
/**
 * Which way the top of the image faces: degrees clockwise from true north (0: north is up; 90: east is up). Required once features are positioned on the map: cssp draws the north arrow from it.
 */
orientation?: number
/**
 * Three or more image points and where they are on the ground, so cssp can give each feature its latitude, longitude and US National Grid reference (and export it for 911).
 * 
 * @minItems 3
 */
georeference?: [GeoPoint, GeoPoint, GeoPoint, ...(GeoPoint)[]]
/**
 * The last walkthrough that checked the map on site (several states require one a year).
 */
verified?: {
date: IsoDate
/**
 * Who walked it, for example Engine 12, Harbor Vista Fire Department.
 */
by?: string
}
}
/**
 * A point of the map image and where it is on the ground (WGS84), to place the map on the earth.
 */
export interface GeoPoint {
/**
 * Across on the image.
 */
x: number
/**
 * Down on the image.
 */
y: number
/**
 * Latitude, decimal degrees.
 */
lat: number
/**
 * Longitude, decimal degrees (negative west of Greenwich).
 */
lon: number
}
/**
 * One building, with the facts a fire company's pre-incident plan asks for (NFPA 1620).
 */
export interface Building {
/**
 * Short id, lower case with dashes, used by doors (and in door labels, upper case: B-3).
 */
id: string
/**
 * Name, for example Building B (classrooms 10-24).
 */
name: string
/**
 * Construction type, for example Type V-B (wood frame) or Type II-N (non-combustible).
 */
construction?: string
/**
 * Stories above ground.
 */
stories?: number
/**
 * true when the building has automatic sprinklers throughout.
 */
sprinklered?: boolean
/**
 * Roof construction, for example Lightweight wood truss.
 */
roof?: string
/**
 * Who is in it when, for example 180 pupils and 12 staff 7:30-3:30; after-school program until 6:00.
 */
occupancy?: string
}
/**
 * One exterior door, numbered as responders call it: each building's main entrance is 1 and the numbers run around the building in the district's direction (doorNumbering in cssp.config.yaml).
 */
export interface Door {
/**
 * The id of the building (responder.buildings[].id).
 */
building: string
/**
 * The door's number on its building; 1 is the main entrance.
 */
number: number
/**
 * What responders should know: the room it opens on, a ramp, a key-box.
 */
notes?: string
position?: Position
}
/**
 * One drill record (International Fire Code 405.5 and district practice).
 */
export interface Drill {
/**
 * fire (full evacuation), fire-alarm (alarm sounded), earthquake (drop, cover and hold on), lockdown, armed-assailant, secure, shelter, evacuation (off-site), or other.
 */
type: ("fire" | "fire-alarm" | "earthquake" | "lockdown" | "armed-assailant" | "secure" | "shelter" | "evacuation" | "other")
date: IsoDate
time: Time
/**
 * How long the drill lasted, in minutes.
 */
durationMinutes?: number
/**
 * Time to clear the buildings, in seconds (fire and evacuation drills).
 */
evacuationSeconds?: number
/**
 * Name and title of the person who ran the drill.
 */
conductedBy: string
/**
 * Outside observers, for example Harbor City Fire Dept. Engine 12.
 */
observers?: string[]
/**
 * How the drill was signalled: alarm, PA announcement, bell, radio.
 */
notification?: string
/**
 * Number of staff who took part.
 */
staffParticipating?: number
/**
 * Number of pupils and others who took part or were evacuated.
 */
participants?: number
/**
 * Conditions simulated, for example blocked east stairwell.
 */
conditions?: string
/**
 * Weather during the drill.
 */
weather?: string
/**
 * Result of accounting for everyone (Standard Response Protocol: missing, extra, injured).
 */
accountability?: {
/**
 * true if every class reported in.
 */
complete?: boolean
/**
 * Minutes until everyone was accounted for.
 */
minutes?: number
/**
 * Number reported missing.
 */
missing?: number
/**
 * Number reported extra.
 */
extra?: number
/**
 * Number reported injured.
 */
injured?: number
}
/**
 * Problems found.
 */
problems?: string[]
/**
 * What will be done about each problem.
 */
correctiveActions?: string[]
/**
 * AB 1858 record for an armed-assailant drill (and for a lockdown drill when the district sets drillPolicy.lockdownAsArmedAssailant).
 */
armedAssailant?: {
parentNoticeBefore?: IsoDate
parentNoticeAfter?: IsoDate
/**
 * A schoolwide announcement at the start said it was a drill.
 */
startAnnouncement?: boolean
/**
 * The drill was age-appropriate.
 */
ageAppropriate?: boolean
/**
 * Support resources were shared afterwards.
 */
supportResources?: boolean
/**
 * Gunfire was simulated. Must be false: AB 1858 forbids it.
 */
simulatedGunfire?: boolean
}
/**
 * Anything else.
 */
notes?: string
}
/**
 * What families need to know, for the family edition (cssp render --edition family): written for parents and guardians, public by definition (nothing here may be withheld from the public), and translated into the languages EC 48985 requires (cssp translate). A part left out prints the district's general guidance instead.
 */
export interface Family {
notification?: Markdown
reunification?: Markdown
lockdown?: Markdown
evacuation?: Markdown
shelterInPlace?: Markdown
drills?: Markdown
contact?: Markdown
}

/**
 * A date written YYYY-MM-DD.
 */
export interface DistrictConfig {
/**
 * Version of the cssp config format. Leave this at 1.
 */
schemaVersion: 1
/**
 * The school district or county office of education.
 */
district: {
/**
 * Full legal name of the district.
 */
name: string
/**
 * The district's 7-digit County-District code (for example 19-64733), or its 14-digit CDS code.
 */
cdsCode: string
/**
 * Name of the office that approves plans, for example Office of Safe Schools.
 */
safetyOffice?: string
/**
 * The body that approves site plans (EC 32288(a)), for example Governing Board.
 */
approvingBody?: string
/**
 * The district's bargaining units, whose recommended representatives sit on the safety committee (EC 32281(b)(2)).
 */
bargainingUnits?: {
/**
 * Names of the certificated (teachers') units, for example Harbor Vista Teachers Association.
 */
certificated?: string[]
/**
 * Names of the classified employees' units, for example CSEA Chapter 512.
 */
classified?: string[]
}
}
/**
 * The folder holding the school-year folders of plans, relative to this file (default plans), so plans live at plans/2026-27/lincoln-elementary.yaml. Write . when the school-year folders sit beside this file.
 */
plansDir?: string
/**
 * School-year calendars keyed by school year (2026-27). Drill rules count months, quarters and semesters from these dates.
 */
calendars: {
[k: string]: Calendar
}
/**
 * The site registry: every school that must have a plan.
 */
sites: RegistrySite[]
/**
 * District drill policy beyond the state minimums.
 */
drillPolicy?: {
/**
 * Lockdown (or armed-assailant) drills each site must hold each school year. 0 turns the check off.
 */
lockdownPerYear?: number
/**
 * Fire drills for middle schools: monthly follows 5 CCR 550 (the default); four-per-year follows EC 32001. The two conflict; the regulation is stricter.
 */
intermediateFireDrills?: ("monthly" | "four-per-year")
/**
 * Earthquake (drop) drills for middle schools: quarterly (the default) or semester. EC 32282 names elementary schools (each quarter) and secondary schools (each semester) only; cssp holds middle schools to the elementary count unless the district chooses semester.
 */
middleSchoolEarthquakeDrills?: ("quarterly" | "semester")
/**
 * Expect a high school's first fire drill by the end of semester 1 (default true). EC 32001 requires two in the school year and says nothing of spacing, so a late first drill is only ever a warning; false turns that warning off.
 */
highSchoolFireDrillBySemester1?: boolean
/**
 * true when the district prepares for an armed assailant with its lockdown drills: every lockdown drill is then an armed-assailant drill, so each records the AB 1858 steps (armedAssailant:) and every plan has armed-assailant drill procedures. Default false.
 */
lockdownAsArmedAssailant?: boolean
/**
 * How cssp reads AB 1858's parent notice "the week of the drill": calendar-week (the default, the conservative reading: the same Monday-to-Sunday week as the drill, on or before its day) or days-before (up to armedAssailantNoticeDays days before the drill, even in the week before).
 */
armedAssailantNoticeWeek?: ("calendar-week" | "days-before")
/**
 * With armedAssailantNoticeWeek: days-before, how many days before an armed-assailant drill the parent notice may go out (default 7). The statute gives no number.
 */
armedAssailantNoticeDays?: number
/**
 * District policy: armed-assailant drill procedures also confirm that no actors pose as assailants (elements.noActors). AB 1858's findings criticise actors, but only simulated gunfire is reported as prohibited, so this is off by default.
 */
noActorsAsAssailants?: boolean
/**
 * District policy: require a pupil on the safety planning committee of schools serving grades 9-12. AB 3199 (2024) proposed it, but only its introduced text is found, so it is not treated as law. Default false. (A School Site Council at a secondary school has pupil members under EC 65000 whatever this says.)
 */
pupilMemberForGrades9to12?: boolean
/**
 * Require a wildfire evacuation section for sites in high or very high fire hazard severity zones (AB 2968, 2024; enactment not verified). Default false.
 */
wildfirePlan?: boolean
}
/**
 * When each school year's plan cycle runs. Every dated governance record in a plan (consultations, the public meeting and its notices, adoption, approval, distribution) must fall inside its school year's cycle, so a plan copied from last year is caught. Leave out for the default: July 1 to June 30 (a 2026-27 plan's records fall between 2026-07-01 and 2027-06-30).
 */
planCycle?: {
/**
 * The day every cycle begins, written MM-DD, in the calendar year the school year starts in; the cycle ends the day before the same date a year later. 07-01 (the default) gives July 1, 2026 to June 30, 2027 for 2026-27; 04-01 gives April 1, 2026 to March 31, 2027. February 29 is not allowed.
 */
startMonthDay?: string
/**
 * A cycle for a particular school year that differs from startMonthDay, keyed by school year (2026-27), for example when the board approved the plans late in a year of school closures.
 */
years?: {
/**
 * That school year's cycle, first and last day included.
 */
[k: string]: {
start: IsoDate
end: IsoDate
}
}
}
/**
 * How cssp bundle builds the district PDF of each edition.
 */
bundle?: {
/**
 * The most pages one district PDF holds before cssp bundle starts another volume (district-1.pdf, district-2.pdf, ...), each with its cover, contents and bookmarks; 2000 when left out. Keeps the bundle's memory flat however many schools there are, and each file small enough to open.
 */
volumePages?: number
}
/**
 * One convention for every responder map of the district: the grid cssp draws over each map, which way exterior doors are numbered, how often maps are walked, and where 911 finds more about a school.
 */
responderMaps?: {
/**
 * Columns (lettered A, B, C ... from the left) and rows (numbered 1, 2, 3 ... from the top) over each map. Default 8 columns and 6 rows.
 */
grid?: {
/**
 * Columns across, lettered A to Z.
 */
columns: number
/**
 * Rows down, numbered from 1.
 */
rows: number
}
/**
 * clockwise (the default, as Texas does) or counterclockwise: the direction exterior door numbers run around each building from its main entrance, 1.
 */
doorNumbering?: ("clockwise" | "counterclockwise")
/**
 * How old a map's last walkthrough may be before cssp check warns (default 12 months).
 */
walkthroughMonths?: number
/**
 * Where a 911 centre finds more about a school, with {site} for the site id, for example https://safety.district.example/schools/{site} (NENA AddDataURI in the GeoJSON export).
 */
addDataUri?: string
}
/**
 * How the district reaches families in an emergency, printed first in every school's family edition: each channel and what it is, for example - { channel: Text message and phone call, detail: from Harbor Vista USD Alerts to the numbers on the emergency card }.
 */
familyAlerts?: {
/**
 * The channel, for example Text message and phone call.
 */
channel: string
/**
 * What families receive on it and from whom.
 */
detail?: string
}[]
/**
 * Where the language shares under sites come from, for example: CDE DataQuest, English Learners by Language, 2025-26 (EC 48985 counts the prior year's census).
 */
languageCensus?: string
/**
 * Phone numbers and e-mail addresses that may appear in public plan text (sections and maps marked visibility: public): main office lines, district offices, a tip line, a general inbox. Any other number or address in public text is reported as a possible personal contact detail. The public edition prints them under "Contact the district", each with its label.
 */
publicContacts?: {
/**
 * Allowed phone numbers, each with the label the public edition prints beside it, for example - { number: (805) 555-0100, label: District Safety Dispatch (24 hours) }. A number alone is accepted but prints without a label. Numbers are compared as numbers, so the format in the text does not matter.
 */
phones?: (string | {
/**
 * The number, written any usual way, for example (805) 555-0100.
 */
number: string
/**
 * What the number is, printed beside it, for example District Safety Dispatch (24 hours).
 */
label: string
})[]
/**
 * Allowed e-mail addresses, each with the label the public edition prints beside it, for example - { address: safeschools@harborvista.example, label: Safe Schools office }. An address alone is accepted but prints without a label. Compared without regard to upper and lower case.
 */
emails?: (string | {
/**
 * The address, for example safeschools@harborvista.example.
 */
address: string
/**
 * What the inbox is, printed beside it, for example Safe Schools office.
 */
label: string
})[]
}
/**
 * First-responder agencies each plan must consult and share with. Law enforcement and the fire department are always required (EC 32281(b)(3)); list ems to make a missing EMS consultation or delivery an error rather than a warning.
 */
requiredAgencies?: ("law-enforcement" | "fire" | "ems")[]
/**
 * The district's own plan sections (beyond what the law asks), keyed by the name plans use under sections.local, for example heatIllness.
 */
localSections?: {
[k: string]: {
/**
 * The heading the editions print, for example Heat illness prevention.
 */
title: string
/**
 * What the section should say, in a sentence or two (shown to the site lead).
 */
says?: string
/**
 * true: every plan has this section (a warning while it is missing).
 */
required?: boolean
}
}
/**
 * Deprecated: no setting here has any effect. dangerousActivityReports is required by SB 671 (2023), and a law cannot be switched off by district policy; cssp warns when it is set and a later version removes it.
 */
requiredSections?: {
/**
 * @deprecated
 * Deprecated, no effect: the procedures are required by SB 671 (2023).
 */
dangerousActivityReports?: boolean
}
/**
 * Per-rule settings keyed by rule id (run cssp rules for the list): a severity (error, warning, info), or off with a written reason.
 */
rules?: {
[k: string]: "error" | "warning" | "info" | {
severity: ("error" | "warning" | "info" | "off")
/**
 * Why the rule is changed. Required when severity is off.
 */
reason?: string
}
}
}
/**
 * One school year's calendar.
 */
export interface Calendar {
firstDay: IsoDate
lastDay: IsoDate
/**
 * The four quarters, in order.
 * 
 * @minItems 4
 * @maxItems 4
 */
quarters: [Term, Term, Term, Term]
/**
 * The two semesters, in order.
 * 
 * @minItems 2
 * @maxItems 2
 */
semesters: [Term, Term]
}
export interface Term {
/**
 * Name, for example Q1 or Fall semester.
 */
name: string
start: IsoDate
end: IsoDate
}
export interface RegistrySite {
/**
 * Site id, the plan's file name.
 */
id: string
/**
 * School name.
 */
name: string
/**
 * The kind of school, which sets the drill rules: elementary, middle (intermediate), high (comprehensive secondary), k8, k12, continuation (continuation high school) or other.
 */
level: ("elementary" | "middle" | "high" | "k8" | "k12" | "continuation" | "other")
/**
 * Grades served, as a range such as TK-5, K-8, 6-8 or 9-12 (or a single grade such as K).
 */
grades: string
/**
 * The 14-digit County-District-School code from the California School Directory, digits only or with dashes (19-64733-6012345).
 */
cdsCode?: string
/**
 * false for a closed site that no longer needs a plan.
 */
active?: boolean
/**
 * The share of the school's pupils by primary language other than English, in percent, from the prior year's language census, for example { es: 41.5, vi: 16.2 }. A language at 15% or more needs the family edition in it (EC 48985).
 */
languages?: {
[k: string]: number
}
}

