import { doorProblems } from '../plan/responder-map.js';
import { definePlanRule } from './types.js';

// "Door B-3" is how responders and the school talk about a way in. The convention (Texas' school
// door numbering, used elsewhere too): each building's main entrance is 1, and the numbers run
// around the building in one direction the district sets, without gaps or repeats.
export default definePlanRule({
  meta: {
    id: 'door-numbering',
    severity: 'error',
    citation: 'Tex. Educ. Code 37.117 (exterior door numbering, as a model); NFPA 1620',
    description: 'Exterior doors are numbered 1 to n per building without repeats or gaps, and run around the building from its main entrance in the district\'s direction (doorNumbering).',
    reading: {
      kind: 'district policy',
      note: 'California law does not number doors; the district chooses the convention (clockwise by default, as Texas does).',
      setting: 'responderMaps.doorNumbering',
    },
    messages: {
      doorDuplicate: 'Door {{label}} is numbered twice.',
      doorGap: 'Door {{label}} breaks the numbering: {{expected}} would come next.',
      doorOrder: 'Door {{label}} is out of order: going {{direction}} around the building from door 1, it comes before {{previous}}.',
    },
  },
  check({ plan, config, report }) {
    const doors = plan.responder?.doors;
    if (!Array.isArray(doors)) return;
    const direction = config?.responderMaps?.doorNumbering ?? 'clockwise';
    for (const p of doorProblems(doors, direction)) {
      report({
        path: ['responder', 'doors', p.index, 'number'], messageId: p.messageId, data: p.data,
        hint: `Number each building's doors from its main entrance (1), ${direction} around it as seen from above, one number per door.`,
      });
    }
  },
});
