// Text that goes into a YAML comment (a plan's header, the skeleton's notes) comes partly from
// users: a file name, a school's name. A carriage return, U+0085, U+2028 or U+2029 in it ends the
// comment line for some YAML readers (PyYAML read one as an injected `adoption:` key), so every
// control character becomes a space before it is written after a `#`.
export const commentSafe = (text: string): string => text.replace(/[\p{Cc}\u2028\u2029]/gu, ' ');

/** The same for an HTML comment in Markdown: it also may not close the comment early. */
export const htmlCommentSafe = (text: string): string => commentSafe(text).replace(/--+>?/g, (m) => m.split('').join(' '));
