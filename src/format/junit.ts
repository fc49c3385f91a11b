// JUnit XML for CI systems that show test reports (GitLab, Jenkins, Azure). Each diagnostic is a
// failed testcase whose type is the severity; the formatter only sees files with diagnostics, so a
// clean run is one passing "cssp" testcase rather than one per checked file.
import type { Diagnostic } from '../diagnostic.js';
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

function testcase(d: Diagnostic, file: string): string {
  const body = [d.message, d.hint && `hint: ${d.hint}`, d.citation && `citation: ${d.citation}`].filter(Boolean).join('\n');
  return (
    `    <testcase classname="${escapeAttr(file)}" name="${escapeAttr(`${d.ruleId} ${d.line}:${d.column}`)}">\n` +
    `      <failure message="${escapeAttr(d.message)}" type="${d.severity}">${escapeXml(body)}</failure>\n` +
    `    </testcase>`
  );
}

export const formatJunit: Formatter = (diagnostics, ctx) => {
  const sorted = sortDiagnostics(diagnostics);
  const suites = [...groupByFile(sorted)].map(([file, ds]) => {
    const name = displayPath(file, ctx.cwd);
    return [
      `  <testsuite name="${escapeAttr(name)}" tests="${ds.length}" failures="${ds.length}">`,
      ...ds.map((d) => testcase(d, name)),
      '  </testsuite>',
    ].join('\n');
  });
  if (suites.length === 0) {
    const name = escapeAttr(`${plural(ctx.filesChecked, 'file')} checked`);
    suites.push(`  <testsuite name="cssp" tests="1" failures="0">\n    <testcase classname="cssp" name="${name}"/>\n  </testsuite>`);
  }
  const tests = Math.max(1, sorted.length);
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="cssp" tests="${tests}" failures="${sorted.length}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
};
