// Word counts, so the import report can show that every word of the document landed somewhere.
// A word is a run of letters or digits (with inner apostrophes): punctuation and Markdown syntax
// never count, so the same text counts the same in Word and in Markdown. A phone number is one
// word however it is written, so "805.555.0100" in the document and "(805) 555-0100" in a contact
// count the same.
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}\p{N}]+)*/gu;
const PHONE = /(?<![\p{L}\p{N}])(?:\+?1[\s.-]?)?\(?\d{3}\)?[\s.-]*\d{3}[\s.-]*\d{4}(?![\p{L}\p{N}])/gu;

export const countWords = (text: string): number => text.replace(PHONE, ' phone ').match(WORD)?.length ?? 0;

/**
 * Words of Markdown as a reader sees them: link targets, HTML comments (notes cssp adds) and the
 * numbers of ordered list items (Word numbers its lists itself; they are not words of the text)
 * left out.
 */
export function markdownWords(markdown: string): number {
  return countWords(
    markdown
      .replace(/<!--[\s\S]*?-->/g, ' ')
      .replace(/\]\([^)\s]*(?:\s+"[^"]*")?\)/g, '] ')
      .replace(/^\s*\d{1,9}[.)](?=\s)/gm, ' '),
  );
}
