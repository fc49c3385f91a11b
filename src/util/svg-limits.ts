// A map is untrusted input (anyone who can open a pull request can change one). An SVG of a few
// kilobytes can make a browser draw billions of shapes: each <use> copies what it points at, and a
// copy may hold more <use> elements (2.3 KB of them once stalled a whole bundle for three minutes).
// So before a map is printed, what it would draw is counted, without drawing it, and a map that
// would draw too much, declares XML entities or nests too deeply is refused with the reason.

const MAX_DRAWN = 200_000;
const MAX_DEPTH = 500;
const MAX_USES = 20_000;

interface Frame {
  id: string | undefined;
  count: number;
  uses: string[];
}

const attr = (attrs: string, name: RegExp): string | undefined => name.exec(attrs)?.[1] ?? undefined;

/** Why the SVG would be unsafe or too costly to draw, or undefined when it is fine. */
export function svgProblem(svg: string): string | undefined {
  if (/<!ENTITY/i.test(svg)) return 'it declares XML entities, which can expand without limit';
  const text = svg.replace(/<!--[\s\S]*?-->/g, '').replace(/<!\[CDATA\[[\s\S]*?\]\]>/g, '');
  const root: Frame = { id: undefined, count: 0, uses: [] };
  const stack: Frame[] = [root];
  const byId = new Map<string, Frame>();
  let uses = 0;
  for (const m of text.matchAll(/<(\/?)([A-Za-z][\w:.-]*)([^>]*?)(\/?)>/g)) {
    const [, closing, name, attrs = '', selfClosing] = m;
    if (closing) {
      const done = stack.length > 1 ? stack.pop()! : undefined;
      if (done) close(done, stack[stack.length - 1]!);
      continue;
    }
    const frame: Frame = { id: attr(attrs, /\bid\s*=\s*["']([^"']+)["']/), count: 1, uses: [] };
    if (/^(svg:)?use$/i.test(name!)) {
      const href = attr(attrs, /\bhref\s*=\s*["']#([^"']+)["']/);
      if (href) {
        frame.uses.push(href);
        if (++uses > MAX_USES) return `it has more than ${MAX_USES} <use> elements`;
      }
    }
    if (frame.id) byId.set(frame.id, frame);
    if (selfClosing) close(frame, stack[stack.length - 1]!);
    else if (stack.push(frame) > MAX_DEPTH) return `its elements are nested more than ${MAX_DEPTH} deep`;
  }
  while (stack.length > 1) close(stack.pop()!, stack[stack.length - 1]!);
  // What each <use> draws: the element it points at, with the <use> elements inside that, again.
  const memo = new Map<string, number>();
  const visiting = new Set<string>();
  let cycle = false;
  const drawn = (id: string): number => {
    const known = memo.get(id);
    if (known !== undefined) return known;
    const target = byId.get(id);
    if (!target) return 0;
    if (visiting.has(id)) {
      cycle = true;
      return 0;
    }
    visiting.add(id);
    let total = target.count;
    for (const u of target.uses) total = Math.min(total + drawn(u), Number.MAX_SAFE_INTEGER);
    visiting.delete(id);
    memo.set(id, total);
    return total;
  };
  let total = root.count;
  for (const u of root.uses) total = Math.min(total + drawn(u), Number.MAX_SAFE_INTEGER);
  if (cycle) return 'a <use> element points, directly or through others, at an element that contains it';
  if (total > MAX_DRAWN) return `its <use> elements would draw about ${total.toLocaleString('en-US')} shapes (at most ${MAX_DRAWN.toLocaleString('en-US')})`;
  return undefined;
}

function close(frame: Frame, parent: Frame): void {
  parent.count += frame.count;
  for (const u of frame.uses) parent.uses.push(u);
}
