// Section Markdown and district standards to HTML. markdown-it with html:false prints raw HTML in
// the text as text (<script>, <img src=http://...>), and images are switched off so Markdown
// cannot ask for a remote file either: a PDF never loads anything.
import MarkdownIt from 'markdown-it';

let md: MarkdownIt | undefined;

function renderer(): MarkdownIt {
  if (md) return md;
  md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  md.disable('image');
  // Headings inside a section sit below the section's own <h2>: ### stays h3, # and ## become h3
  // too, so the PDF outline nests under the section.
  md.core.ruler.push('demote_headings', (state) => {
    for (const token of state.tokens) {
      if (token.type !== 'heading_open' && token.type !== 'heading_close') continue;
      const level = Math.min(6, Math.max(3, Number(token.tag.slice(1))));
      token.tag = `h${level}`;
    }
  });
  return md;
}

export function markdownToHtml(text: string): string {
  return renderer().render(text);
}
