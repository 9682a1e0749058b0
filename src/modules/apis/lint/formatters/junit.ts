import type { Formatter } from './formatter.js';
import { severityName } from '../engine/severity.js';

function xml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

/** JUnit XML: one test suite per file, one failed test case per finding. */
export const junit: Formatter = (findings) => {
  const bySource = new Map<string, typeof findings>();
  for (const finding of findings) bySource.set(finding.source, [...(bySource.get(finding.source) ?? []), finding]);
  const suites = [...bySource].map(([source, list]) => {
    const cases = list.map((finding) => {
      const where = `line ${String(finding.range.start.line + 1)}, col ${String(finding.range.start.character + 1)}`;
      return [
        `    <testcase classname="${xml(source)}" name="${xml(`org.groundwork.${finding.code}#${finding.path.join('.')}`)}" time="0">`,
        `      <failure message="${xml(finding.message)}" type="${severityName(finding.severity)}"><![CDATA[${where}, ${severityName(finding.severity)} - ${finding.message.replaceAll(']]>', ']]]]><![CDATA[>')} (${finding.code})]]></failure>`,
        '    </testcase>',
      ].join('\n');
    });
    return `  <testsuite name="${xml(source)}" tests="${String(list.length)}" failures="${String(list.length)}" errors="0" skipped="0" time="0">\n${cases.join('\n')}\n  </testsuite>`;
  });
  const body = suites.length === 0 ? '  <testsuite name="groundwork" tests="0" failures="0" errors="0" skipped="0" time="0"></testsuite>' : suites.join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n${body}\n</testsuites>\n`;
};
