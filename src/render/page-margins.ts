// The running header and footer (who, which edition, the version stamp, "Page n of m") as CSS page
// margin boxes in the document itself. Chromium's headerTemplate/footerTemplate render two small
// documents for every page printed, each loading its font again: about a tenth of a responder
// edition's print time. Margin boxes are laid out with the page, in the document's own font.

export interface PageMargins {
  topLeft: string;
  topRight: string;
  bottomLeft: string;
}

/**
 * A CSS string holding `text` exactly: quotes and backslashes escaped, control characters and
 * angle brackets written as escapes, so no plan text can end the string or the <style> element.
 */
export function cssString(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
  const escaped = text.replace(/[\\"]|[\u0000-\u001f\u007f<>]/g, (c) => {
    if (c === '\\' || c === '"') return `\\${c}`;
    if (c === '\u0000') return '\\fffd ';
    return `\\${c.codePointAt(0)!.toString(16)} `;
  });
  return `"${escaped}"`;
}

const box = (name: string, content: string, size: string, align: string) =>
  `@${name}{content:${content};font-family:'Source Sans 3',sans-serif;font-size:${size};color:#000;text-align:${align};vertical-align:middle;}`;

/** The @page rule drawing `margins` and the page number in every page's margins. */
export function pageMarginCss(margins: PageMargins): string {
  return `@page{${[
    box('top-left', cssString(margins.topLeft), '8pt', 'left'),
    box('top-right', cssString(margins.topRight), '8pt', 'right'),
    box('bottom-left', cssString(margins.bottomLeft), '7.5pt', 'left'),
    box('bottom-right', '"Page " counter(page) " of " counter(pages)', '7.5pt', 'right'),
  ].join('')}}`;
}
