// What a plain (unquoted) scalar means under YAML 1.2's core schema, exactly as `yaml` resolves it
// (its tags null, bool, int 0o/10/0x, float .inf/.nan, exponent, decimal, in that order, with
// its regexes and its conversions). js-yaml's own CORE_SCHEMA differs on 0b1, +0x6, -.5, 1e999
// and -0, so the fast reading path resolves plain scalars here instead.

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;

/**
 * Every pattern below allows a sign only first or after an exponent's e: a date (2026-10-06) or a
 * school year (2026-27) is text without trying seven regexes.
 */
function signsFitNumber(source: string): boolean {
  for (let i = 1; i < source.length; i++) {
    const c = source.charCodeAt(i);
    if ((c === 0x2d || c === 0x2b) && !(source.charCodeAt(i - 1) === 0x65 || source.charCodeAt(i - 1) === 0x45)) return false;
  }
  return true;
}

export function resolvePlain(source: string): unknown {
  if (source === '') return null;
  const c = source.charCodeAt(0);
  // A letter: only null, true and false (at most five letters) are not text; most words are longer.
  if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a)) {
    if (source.length > 5) return source;
    if (c === 0x6e || c === 0x4e) return NULL.test(source) ? null : source; // n, N
    if (c === 0x74 || c === 0x54 || c === 0x66 || c === 0x46) return BOOL.test(source) ? c === 0x74 || c === 0x54 : source; // t, T, f, F
    return source;
  }
  // Anything else that is not a digit, sign, point or ~ is text.
  if (!((c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d || c === 0x2e || c === 0x7e)) return source;
  if (!signsFitNumber(source)) return source;
  if (NULL.test(source)) return null;
  if (INT_OCT.test(source)) return parseInt(source.substring(2), 8);
  if (INT.test(source)) return parseInt(source, 10);
  if (INT_HEX.test(source)) return parseInt(source.substring(2), 16);
  if (FLOAT_NAN.test(source)) {
    if (source.slice(-3).toLowerCase() === 'nan') return NaN;
    return source[0] === '-' ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  }
  if (FLOAT_EXP.test(source) || FLOAT.test(source)) return parseFloat(source);
  return source;
}
