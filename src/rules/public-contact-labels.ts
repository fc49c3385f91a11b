import { emailOf, phoneOf } from '../plan/public-contacts.js';
import { defineDistrictRule } from './types.js';

// The public edition prints the district's public lines under "Contact the district". Three bare
// numbers there (their meaning once kept only in YAML comments) leave a parent to guess which is the
// tip line. Still accepted, so older configs keep working; a label is what makes the line useful.
export default defineDistrictRule({
  meta: {
    id: 'public-contact-labels',
    severity: 'info',
    citation: 'EC 32282 (the public edition)',
    description: 'Each phone number and e-mail address in publicContacts in cssp.config.yaml has a label, which the public edition prints beside it.',
    reading: {
      kind: 'practice',
      note: 'The law asks for the plan to be public, not for labels; a number printed without saying whose it is serves no reader.',
    },
    messages: {
      unlabelledPhone: 'The public edition prints {{value}} under "Contact the district" without saying what it is: give it a label.',
      unlabelledEmail: 'The public edition prints {{value}} under "Contact the district" without saying what it is: give it a label.',
    },
  },
  checkDistrict({ config, configFile, report }) {
    (config.publicContacts?.phones ?? []).forEach((entry, i) => {
      if (typeof entry !== 'string') return;
      report(configFile, {
        path: ['publicContacts', 'phones', i],
        messageId: 'unlabelledPhone', data: { value: phoneOf(entry).value },
        hint: `Write it with its label, for example:\n  - { number: "${entry}", label: District Safety Dispatch (24 hours) }`,
      });
    });
    (config.publicContacts?.emails ?? []).forEach((entry, i) => {
      if (typeof entry !== 'string') return;
      report(configFile, {
        path: ['publicContacts', 'emails', i],
        messageId: 'unlabelledEmail', data: { value: emailOf(entry).value },
        hint: `Write it with its label, for example:\n  - { address: ${entry}, label: Safe Schools office }`,
      });
    });
  },
});
