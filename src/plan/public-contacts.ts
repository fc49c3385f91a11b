// publicContacts in cssp.config.yaml: the shared lines and inboxes public text may print. An entry
// is the number or address alone (the first form, still accepted) or with the label every edition
// prints beside it, so a reader knows which of three district numbers is the tip line.
import type { DistrictConfig } from './types.generated.js';

type Contacts = NonNullable<DistrictConfig['publicContacts']>;
type PhoneEntry = NonNullable<Contacts['phones']>[number];
type EmailEntry = NonNullable<Contacts['emails']>[number];

export interface PublicContact {
  value: string;
  label?: string;
}

export const phoneOf = (entry: PhoneEntry): PublicContact => (typeof entry === 'string' ? { value: entry } : { value: entry.number, label: entry.label });
export const emailOf = (entry: EmailEntry): PublicContact => (typeof entry === 'string' ? { value: entry } : { value: entry.address, label: entry.label });

/** The phones, then the e-mail addresses, as printed. */
export function publicContacts(config: DistrictConfig | undefined): { phones: PublicContact[]; emails: PublicContact[] } {
  return { phones: (config?.publicContacts?.phones ?? []).map(phoneOf), emails: (config?.publicContacts?.emails ?? []).map(emailOf) };
}
