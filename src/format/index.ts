// Format registry. Each formatter is imported on demand, so `cssp check` pays only for the one
// it prints (stylish pulls in chalk; the others need nothing). formatMarkdownSummary is imported
// from ./summary-markdown.js directly, only when $GITHUB_STEP_SUMMARY is set.
import type { FormatName, Formatter } from './types.js';

export type { FormatContext, FormatName, Formatter } from './types.js';

const loaders: Record<FormatName, () => Promise<Formatter>> = {
  stylish: async () => (await import('./stylish.js')).formatStylish,
  json: async () => (await import('./json.js')).formatJson,
  github: async () => (await import('./github.js')).formatGithub,
  sarif: async () => (await import('./sarif.js')).formatSarif,
  junit: async () => (await import('./junit.js')).formatJunit,
};

export const FORMATS: readonly FormatName[] = Object.keys(loaders) as FormatName[];

export function isFormatName(name: string): name is FormatName {
  return Object.hasOwn(loaders, name);
}

export async function loadFormatter(name: FormatName): Promise<Formatter> {
  return loaders[name]();
}
