import { publicTexts, whereInText } from '../plan/public-text.js';
import { findEmails } from '../util/emails.js';
import { findPhoneNumbers, normalizePhone } from '../util/phone-numbers.js';
import { publicContacts } from '../plan/public-contacts.js';
import type { DistrictConfig } from '../plan/types.generated.js';
import { definePlanRule } from './types.js';

// The plan is a public document (EC 32282; EC 32288(b) puts it before a public meeting) and only
// tactical responses may be withheld (EC 32281). So whatever its public sections and maps print is
// published: a staff member's cell number or private e-mail there cannot be taken back. An error,
// because the fix is always simple (point to the office line, or list a shared line as allowed in
// cssp.config.yaml) and the harm of publishing is not. responder.contacts is responder content and
// never read here.

const normalized = new WeakMap<DistrictConfig, Set<string>>();
const noConfig = {} as DistrictConfig;
function allowedPhones(config: DistrictConfig = noConfig): Set<string> {
  let set = normalized.get(config);
  if (!set) normalized.set(config, (set = new Set(publicContacts(config).phones.flatMap((p) => normalizePhone(p.value) ?? []))));
  return set;
}

export default definePlanRule({
  meta: {
    id: 'public-contact-details',
    severity: 'error',
    citation: 'EC 32281; EC 32282 (the public edition)',
    description: 'Sections and maps marked visibility: public carry no phone numbers or e-mail addresses except those listed in publicContacts in cssp.config.yaml (main office lines, district offices, a general inbox).',
    reading: {
      kind: 'interpretation',
      note: 'EC 32281 lets confidential portions stay out of the copy the public sees; cssp reads personal phone numbers and e-mail addresses as such portions. Shared lines the district lists may appear.',
      setting: 'publicContacts',
    },
    messages: {
      privatePhone: 'Public text prints the phone number {{found}}{{where}}, which is not a listed public contact: a personal number would be published.',
      privateEmail: 'Public text prints the e-mail address {{found}}{{where}}, which is not a listed public contact: a personal address would be published.',
    },
  },
  check({ plan, config, report }) {
    const texts = publicTexts(plan);
    if (texts.length === 0) return;
    // Normalised only when public text has a number, so plans without one never load the library;
    // once per config, not once per plan.
    const phoneAllowed = (number: string) => allowedPhones(config).has(number);
    const emails = new Set(publicContacts(config).emails.map((e) => e.value.toLowerCase()));
    const hint = (kind: 'phones' | 'emails') =>
      `Remove personal contact details from public text: refer to the main office or the district instead (responders get direct numbers from responder.contacts). If this is a shared office line or inbox, add it to publicContacts.${kind} in cssp.config.yaml.`;
    for (const { path, text } of texts) {
      for (const phone of findPhoneNumbers(text)) {
        if (phoneAllowed(phone.number)) continue;
        report({
          path,
          messageId: 'privatePhone', data: { found: phone.raw, where: whereInText(text, phone.start) },
          hint: hint('phones'),
        });
      }
      for (const email of findEmails(text)) {
        if (emails.has(email.raw.toLowerCase())) continue;
        report({
          path,
          messageId: 'privateEmail', data: { found: email.raw, where: whereInText(text, email.start) },
          hint: hint('emails'),
        });
      }
    }
  },
});
