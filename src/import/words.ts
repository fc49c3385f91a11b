// Word counts, so the import report can show that every word of the document landed somewhere.
// A word is a run of letters or digits (with inner apostrophes): punctuation and Markdown syntax
// never count, so the same text counts the same in Word and in Markdown.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;

export const countWords = (text: string): number => text.match(WORD)?.length ?? 0;

/** Words of Markdown as a reader sees them: link targets and HTML comments (notes cssp adds) left out. */
export function markdownWords(markdown: string): number {
  return countWords(markdown.replace(/<!--[\s\S]*?-->/g, ' ').replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '] '));
}
