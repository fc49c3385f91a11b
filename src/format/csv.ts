// The one CSV writer for everything cssp exports (status, drill list and export): RFC 4180 (a
// header row, fields quoted when they hold a comma, quote or line break, CRLF line ends) and no
// formulas. A cell starting with = + - @ (or a tab or carriage return) is prefixed with ' so a
// spreadsheet shows the text instead of evaluating it: a drill note `=HYPERLINK(...)` from a plan
// anyone can edit must not become a live link in the director's spreadsheet (OWASP "CSV Injection").

const FORMULA_START = /^[=+\-@\t\r]/;

/** One CSV field: safe from formula injection, then quoted if it needs to be. */
export function csvField(value: string): string {
  const text = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A whole CSV text: the header row, then one row per record, every field through csvField. */
export function formatCsv(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (values: readonly string[]) => `${values.map(csvField).join(',')}\r\n`;
  return line(header) + rows.map(line).join('');
}
