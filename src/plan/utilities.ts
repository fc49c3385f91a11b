// What each utility or building-system kind is called in print and in words (the responder packet,
// cssp diff). Keyed by the schema's enum, so a new kind without a name fails the build.
import type { Utility } from './types.generated.js';

const UTILITY_NAMES: Record<Utility['kind'], string> = {
  gas: 'Gas shut-off', water: 'Water shut-off', electric: 'Electric shut-off', 'fire-alarm-panel': 'Fire alarm panel',
  'sprinkler-riser': 'Sprinkler riser', 'fire-department-connection': 'Fire department connection', 'knox-box': 'Knox box',
  aed: 'AED', generator: 'Generator', 'hvac-shutdown': 'HVAC shut-down', 'pa-system': 'PA system', 'trauma-kit': 'Trauma kit',
  naloxone: 'Naloxone', hydrant: 'Hydrant', other: 'Other building system',
};

/** What every responder packet must locate: firefighters look for these first. */
export const REQUIRED_UTILITIES: readonly Utility['kind'][] = ['gas', 'water', 'electric', 'fire-alarm-panel'];

/** The name of a kind; an unknown kind (a plan with schema errors) as written. */
export const utilityName = (kind: unknown): string => (UTILITY_NAMES as Record<string, string>)[String(kind)] ?? String(kind);
