import { relative, sep } from 'node:path';
import type { Formatter } from './formatter.js';

const LEVELS = ['error', 'warning', 'note', 'note'] as const;

function toUri(source: string, cwd: string): string {
  const path = relative(cwd, source);
  const portable = (path.startsWith('..') ? source : path).split(sep).join('/');
  return portable.split('/').map(encodeURIComponent).join('/');
}

/** SARIF 2.1.0 for GitHub code scanning: one run, rules with help text, 1-based regions. */
export const sarif: Formatter = (findings, { rules, cwd }) => {
  const used = [...new Set(findings.map((finding) => finding.code))].sort();
  const ruleIndex = new Map(used.map((id, i) => [id, i]));
  const descriptors = used.map((id) => {
    const rule = rules.get(id);
    const description = rule?.description ?? id;
    return {
      id,
      shortDescription: { text: description },
      fullDescription: { text: description },
      help: { text: rule?.documentationUrl === undefined ? description : `${description}\n\nSee ${rule.documentationUrl}` },
      ...(rule?.documentationUrl === undefined ? {} : { helpUri: rule.documentationUrl }),
      defaultConfiguration: { level: LEVELS[rule?.severity ?? 1] ?? 'warning' },
    };
  });
  const results = findings.map((finding) => ({
    ruleId: finding.code,
    ruleIndex: ruleIndex.get(finding.code) ?? 0,
    level: LEVELS[finding.severity],
    message: { text: finding.message },
    locations: [
      {
        physicalLocation: {
          artifactLocation: { uri: toUri(finding.source, cwd), uriBaseId: 'ROOTPATH' },
          region: {
            startLine: finding.range.start.line + 1,
            startColumn: finding.range.start.character + 1,
            endLine: finding.range.end.line + 1,
            endColumn: finding.range.end.character + 1,
          },
        },
        logicalLocations: [{ fullyQualifiedName: finding.path.map(String).join('.') }],
      },
    ],
  }));
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: { driver: { name: 'Groundwork', informationUri: 'https://groundwork.dev', version: '0.1.0', rules: descriptors } },
        originalUriBaseIds: { ROOTPATH: { uri: `file://${cwd.split(sep).join('/').replace(/\/?$/, '/')}` } },
        results,
      },
    ],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
};
