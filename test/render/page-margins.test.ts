import { describe, expect, it } from 'vitest';
import { cssString, pageMarginCss } from '../../src/render/page-margins.js';

describe('page margin boxes', () => {
  it.each([
    ['Bayside Elementary', '"Bayside Elementary"'],
    ['O\'Neil "Eagles" \\ K-8', '"O\'Neil \\"Eagles\\" \\\\ K-8"'],
    ['A</style><script>x()</script>', '"A\\3c /style\\3e \\3c script\\3e x()\\3c /script\\3e "'],
    ['line\nbreak\u0000', '"line\\a break\\fffd "'],
  ])('writes %j as a CSS string that holds exactly it', (text, css) => {
    expect(cssString(text)).toBe(css);
  });

  it('no plan text can end the style element or the string', () => {
    const css = pageMarginCss({ topLeft: '"}</style><img src=x>', topRight: 'Responder edition · 2026-27', bottomLeft: '\\"' });
    expect(css).not.toMatch(/<\/style/i);
    expect(css).not.toContain('<');
    expect(css).toContain('@top-right{content:"Responder edition · 2026-27"');
    expect(css).toContain('"Page " counter(page) " of " counter(pages)');
  });
});
