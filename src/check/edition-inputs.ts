// What editionView needs besides the plan, read from disk beside it: the district standards and
// the map images. Shared by rendering and by `cssp check`, which hashes what an edition prints.
import { existsSync } from 'node:fs';
import { districtFileStatus, readRegularFile, readText } from '../util/files.js';
import { svgProblem } from '../util/svg-limits.js';
import { imageSize } from '../util/image-size.js';
import { gridOf } from '../plan/responder-map.js';
import { dirname, extname, join, resolve } from 'node:path';
import type { DistrictConfig, Plan } from '../plan/types.generated.js';
import type { EditionInputs } from '../edition/edition.js';
import type { MapView } from '../edition/view.js';
import { publicContacts } from '../plan/public-contacts.js';

const MAP_TYPES: Record<string, string> = { '.svg': 'image/svg+xml', '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' };
const MAX_MAP_BYTES = 10 * 1024 * 1024;

/** Unlabelled entries stay plain strings, so a district that adds no labels keeps its content hashes. */
function publicLines(config: DistrictConfig | undefined): EditionInputs['publicLines'] {
  const { phones, emails } = publicContacts(config);
  return [...phones, ...emails].map((c) => (c.label ? { label: c.label, value: c.value } : c.value));
}

/** Everything editionView needs besides the plan, read from disk next to it. */
export function editionInputs(plan: Plan, file: string, root: string | undefined, config: DistrictConfig | undefined): EditionInputs {
  const standards = new Map<string, string | undefined>();
  return {
    plan,
    district: config?.district.name,
    publicLines: publicLines(config),
    grid: gridOf(config),
    localTitles: Object.fromEntries(Object.entries(config?.localSections ?? {}).map(([key, d]) => [key, d.title])),
    standardText: (name) => {
      if (!standards.has(name)) {
        const path = root && /^[a-z0-9][a-z0-9-]*$/i.test(name) ? join(root, 'standards', `${name}.md`) : undefined;
        standards.set(name, path && existsSync(path) && root && districtFileStatus(path, root) === 'ok' ? readText(path, { within: root }) : undefined);
      }
      return standards.get(name);
    },
    // Maps only from inside the district (or, with no district, the plan's folder), after links.
    mapImage: (rel) => mapImage(resolve(dirname(file), rel), rel, root ?? dirname(file)),
  };
}

// Images only, as data: URIs. An SVG shown through <img> runs no script and fetches nothing
// (Chromium's rule for SVG as an image), so a hostile map cannot reach the network either.
function mapImage(path: string, rel: string, within: string): Omit<MapView, 'title'> {
  const type = MAP_TYPES[extname(path).toLowerCase()];
  if (!type) return { src: undefined, problem: `${rel} is not a PNG, JPEG or SVG file` };
  const status = districtFileStatus(path, within);
  if (status === 'missing') return { src: undefined, problem: `${rel} was not found beside the plan` };
  if (status !== 'ok') return { src: undefined, problem: `${rel} is not shown: it leads outside the district folder or is not a regular file` };
  let bytes: Buffer;
  try {
    bytes = readRegularFile(path, { limit: MAX_MAP_BYTES, within });
  } catch (err) {
    return { src: undefined, problem: `${rel} is not shown: ${(err as Error).message}` };
  }
  if (type === 'image/svg+xml') {
    const unsafe = svgProblem(bytes.toString('utf8'));
    if (unsafe) return { src: undefined, problem: `${rel} is not shown: ${unsafe}` };
  }
  const size = imageSize(bytes, type === 'image/svg+xml' ? 'svg' : type === 'image/png' ? 'png' : 'jpeg');
  return { src: `data:${type};base64,${bytes.toString('base64')}`, ...(size ? { size } : {}) };
}
