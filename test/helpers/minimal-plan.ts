// The smallest plan the schema accepts, for tests of the schema and the engine.
export const GOOD_SITE = '  id: a\n  name: A School\n  level: elementary\n  grades: K-5\n  address: { street: 1 Main St, city: Harbor Vista, zip: "99999" }';

/** A minimal plan with `site` lines as given and `extra` lines at the end. */
export const minimalPlan = (site = GOOD_SITE, extra = '') => `schemaVersion: 1
schoolYear: 2026-27
site:
${site}
committee: { authoringBody: safety-committee, members: [] }
sections: {}
responder: {}
drills: []
${extra}`;
