import { relative } from 'node:path';
import type { Formatter } from './formatter.js';

const COMMANDS = ['error', 'warning', 'notice', 'notice'];

const escapeData = (text: string) => text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const escapeProperty = (text: string) => escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');

/** GitHub Actions workflow commands: `::error file=...,line=...::message` annotations. */
export const github: Formatter = (findings, { cwd }) =>
  findings
    .map((finding) => {
      const file = relative(cwd, finding.source) || finding.source;
      const properties = [
        `file=${escapeProperty(file)}`,
        `line=${String(finding.range.start.line + 1)}`,
        `col=${String(finding.range.start.character + 1)}`,
        `endLine=${String(finding.range.end.line + 1)}`,
        `endColumn=${String(finding.range.end.character + 1)}`,
        `title=${escapeProperty(finding.code)}`,
      ].join(',');
      return `::${COMMANDS[finding.severity] ?? 'notice'} ${properties}::${escapeData(`${finding.message} (${finding.path.join('.')})`)}\n`;
    })
    .join('');
