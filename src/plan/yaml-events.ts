// The events a YAML reading is told as (js-yaml's parseEvents numbering, which the scanner in
// fast-scan.ts gives too), and the sink that takes them one call at a time: fast-read-events.ts
// builds values and positions from them without an event object per node.
// test/plan/fast-scan.test.ts checks these numbers against js-yaml's.

export const EVENT = { DOCUMENT: 1, SEQUENCE: 2, MAPPING: 3, SCALAR: 4, ALIAS: 5, POP: 6 } as const;
export const STYLE = { PLAIN: 1, SINGLE_QUOTED: 2, DOUBLE_QUOTED: 3, LITERAL_BLOCK: 4, FOLDED_BLOCK: 5 } as const;
export const COLLECTION = { BLOCK: 1, FLOW: 2 } as const;
export const CHOMPING = { CLIP: 1, STRIP: 2, KEEP: 3 } as const;

export interface EventSink {
  /** A map or list starts at `start` (its first key, dash or bracket). */
  open(start: number, seq: boolean, flow: boolean): void;
  /** A scalar: its text runs from valueStart to valueEnd (-1 both: empty); `fast`: the text is the value. */
  scalar(valueStart: number, valueEnd: number, style: number, fast: boolean, chomping: number, indent: number): void;
  /**
   * A literal or folded block scalar as the scanner reads it (js-yaml's scalar event, plus what the
   * scanner already knows): `header` is the offset of its `|` or `>`; `value` is its decoded text,
   * when known (literal blocks).
   */
  block(valueStart: number, valueEnd: number, style: number, chomping: number, indent: number, header: number, value: string | undefined): void;
  /** The innermost open map or list ends. */
  pop(): void;
}
