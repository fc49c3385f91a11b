// The one escaping for Markdown that cssp writes (job summaries, pull-request comments, status).
// Text that comes from a plan or a file name is untrusted: anyone who can open a pull request can
// put `@everyone`, an image that calls a remote server, or a `javascript:` link into a site name.

/** Table structure only: `|` would end the cell and a newline the row; `<`/`&` would be read as HTML. For cssp's own text. */
export function markdownCell(s: string): string {
  return s
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('|', '\\|')
    .replace(/\r?\n/g, '<br>');
}

/**
 * Untrusted text, inline or in a table cell: no emphasis, links, images, code, headings or HTML,
 * and no @-mentions (GitHub notifies whoever is named), whatever the text holds.
 */
export function escapeMarkdown(text: string): string {
  return markdownCell(text.replace(/[\\`*_[\]#~!]/g, '\\$&')).replaceAll('@', '&#64;');
}
