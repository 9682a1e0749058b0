import type { Formatter } from './formatter.js';

/** Spectral's JSON output: `[{ code, path, message, severity, range, source }]`, 0-based ranges. */
export const json: Formatter = (findings) =>
  `${JSON.stringify(
    findings.map(({ code, path, message, severity, range, source }) => ({ code, path, message, severity, range, source })),
    null,
    '\t',
  )}\n`;
