// Word -> HTML with mammoth, keeping each image's bytes for the maps/ folder. Linked files outside
// the document are never read (externalFileAccess): a .docx can name any path on this machine.
import mammoth from 'mammoth';
import { UsageError } from '../errors.js';
import { imageSrc, TITLE_CLASS } from './model.js';

export interface DocImage {
  contentType: string;
  altText?: string;
  data: Buffer;
}

// Google Docs and LibreOffice export a Title and Subtitle style: headings, but marked (TITLE_CLASS)
// so that a document with only a title still counts as one without heading styles.
const STYLE_MAP = [`p[style-name='Title'] => h1.${TITLE_CLASS}:fresh`, `p[style-name='Subtitle'] => h2.${TITLE_CLASS}:fresh`];

export async function docxToHtml(buffer: Buffer, name: string): Promise<{ html: string; images: DocImage[] }> {
  const images: DocImage[] = [];
  const convertImage = mammoth.images.imgElement(async (image) => {
    const data = await image.readAsBuffer();
    // mammoth reads the picture's description into altText; its type declarations leave it out.
    const alt = (image as { altText?: string }).altText?.trim();
    images.push({ contentType: image.contentType, ...(alt ? { altText: alt } : {}), data });
    return { src: imageSrc(images.length - 1) };
  });
  try {
    const result = await mammoth.convertToHtml({ buffer }, { convertImage, styleMap: STYLE_MAP, externalFileAccess: false });
    return { html: result.value, images };
  } catch (err) {
    const why = (err as Error).message.split('\n')[0];
    throw new UsageError(`${name} could not be read as a Word document (${why}); it may be damaged, or another kind of file named .docx.`, 'Open it in Word and save it again as .docx, then import that.');
  }
}
