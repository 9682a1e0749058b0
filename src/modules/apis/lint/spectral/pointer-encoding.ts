/**
 * @cfworker/json-schema's `encodePointer`/`escapePointer` (dist/esm/pointer.js), with a quick
 * answer for plain keys: the example checks encode every property name of every example, and
 * for a name of letters, digits, `_`, `.` and `-` the full encoding (two replacements,
 * `encodeURI`, a third replacement) returns it unchanged. The lint bundle uses these in place of
 * cfworker's (scripts/bundle-lint-cli.ts); a test holds them to cfworker's answers.
 */
const PLAIN = /^[\w.-]*$/;

export function escapePointer(p: string): string {
  return p.replace(/~/g, '~0').replace(/\//g, '~1');
}

export function encodePointer(p: string): string {
  if (PLAIN.test(p)) return p;
  return encodeURI(escapePointer(p)).replace(/#/g, '%23');
}
