// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure). Each checked file is a
// test case, clean files too, so the report shows what passed. A case fails only on findings at or
// above --fail-on, the same line the exit code draws; lower findings go to its <system-out>.
import { atLeast, type Diagnostic, type Severity } from '../diagnostic.js';
import type { Formatter } from './types.js';
import { displayPath, groupByFile, plural, sortDiagnostics } from './util.js';

// Characters outside the XML 1.0 Char production (controls, lone surrogates, U+FFFE/U+FFFF)
// make the whole report unparseable, so they are dropped rather than escaped.
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/gu;

export function escapeXml(s: string): string {
  return s
    .replace(ILLEGAL, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

// Parsers normalise raw whitespace in attribute values to spaces; character references survive.
const escapeAttr = (s: string): string =>
  escapeXml(s).replaceAll('\t', '&#9;').replaceAll('\n', '&#10;').replaceAll('\r', '&#13;');

const findingText = (d: Diagnostic): string =>
  [`${d.line}:${d.column} ${d.severity} ${d.ruleId}: ${d.message}`, d.hint && `  hint: ${d.hint}`, d.citation && `  citation: ${d.citation}`]
    .filter(Boolean)
    .join('\n');

function testcase(file: string, diagnostics: readonly Diagnostic[], failOn: Severity): { xml: string; failed: boolean } {
  const open = `    <testcase classname="cssp" name="${escapeAttr(file)}"`;
  if (diagnostics.length === 0) return { xml: `${open}/>`, failed: false };
  const failing = diagnostics.filter((d) => atLeast(d.severity, failOn));
  const other = diagnostics.filter((d) => !atLeast(d.severity, failOn));
  const body = [`${open}>`];
  if (failing.length > 0) {
    const [first] = failing;
    const message = failing.length === 1 ? first!.message : `${first!.message} (and ${plural(failing.length - 1, 'more problem', 'more problems')})`;
    body.push(`      <failure message="${escapeAttr(message)}" type="${first!.severity}">${escapeXml(failing.map(findingText).join('\n'))}</failure>`);
  }
  if (other.length > 0) body.push(`      <system-out>${escapeXml(other.map(findingText).join('\n'))}</system-out>`);
  body.push('    </testcase>');
  return { xml: body.join('\n'), failed: failing.length > 0 };
}

export const formatJunit: Formatter = (diagnostics, ctx) => {
  const failOn = ctx.failOn ?? 'error';
  const byFile = groupByFile(sortDiagnostics(diagnostics));
  // The config file has no entry in ctx.files but is a case of its own when it has findings.
  const names = new Map([...(ctx.files ?? []), ...byFile.keys()].map((file) => [displayPath(file, ctx.cwd), file]));
  const cases = [...names].sort(([a], [b]) => a.localeCompare(b)).map(([name, file]) => testcase(name, byFile.get(file) ?? [], failOn));
  if (cases.length === 0) {
    // A caller that passes no file list still gets a valid report with one passing case.
    cases.push({ xml: `    <testcase classname="cssp" name="${escapeAttr(`${plural(ctx.filesChecked, 'file')} checked`)}"/>`, failed: false });
  }
  const counts = `tests="${cases.length}" failures="${cases.filter((c) => c.failed).length}"`;
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cssp" ${counts}>`,
    `  <testsuite name="cssp check" ${counts}>`,
    ...cases.map((c) => c.xml),
    '  </testsuite>',
    '</testsuites>',
    '',
  ].join('\n');
};
