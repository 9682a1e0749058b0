/**
 * Turns Ajv's standalone validator code into a validity-only validator (ADR 0022):
 * - Every error object literal (`{instancePath…}`) becomes one shared, empty object. The code
 *   never reads an error's properties (it only counts and collects them), so the answer, valid
 *   or not, is the same; what goes is building ~20,000 objects for a 2 MB document, one per
 *   failing branch of `oneOf: [Schema, Reference]` and the like, all thrown away when the
 *   document is valid.
 * - The position a validator passes to each validator it calls (`{instancePath: instancePath +
 *   "/paths/" + key.replace(…), parentData, parentDataProperty, rootData}`) becomes one shared,
 *   empty object: the position only went into error objects, and the data (`parentData`,
 *   `rootData`) is only read by Ajv's options that change the data or compare with other data
 *   (`$data`), which these validators do not use. Only `dynamicAnchors` (OpenAPI 3.1's
 *   `$dynamicRef`) is still passed. That is a string built and an object made per node of the
 *   document, ~2.6 MB of garbage for twilio-v2010.
 * - The errors a validator collects (`vErrors`, an array grown by `push` and `concat` in every
 *   failing branch) become their count, which the code keeps beside them anyway (`errors`,
 *   always the array's length): a validator's `errors` property is then that count.
 * A check on the result makes sure no other use of those names is left.
 */
const LITERAL_START = '{instancePath';
/** An error object of Ajv's generated code: its position, then where in the schema and which keyword failed. */
const ERROR_LITERAL = /^\{instancePath(:.*?)?,schemaPath:"[^"]*",keyword:"/s;
/** The position passed to a called validator (the last property is the called one's `rootData`, not a default). */
const POSITION_ARGUMENT = /^\{instancePath(:.*?)?,\s*parentData(:[^,]*)?,\s*parentDataProperty(:[^,]*)?,\s*rootData(,\s*dynamicAnchors)?\}$/s;
/** How each validator takes its position: the only place the names may stay. */
const POSITION_PARAMETER = /\{instancePath="",\s*parentData,\s*parentDataProperty,\s*rootData=data(,\s*dynamicAnchors=\{\})?\}=\{\}/g;
const POSITION_NAMES = /\b(instancePath|parentData|parentDataProperty|rootData)\b/;
export const SHARED_ERROR = '__gwError';
const SHARED_POSITION = '__gwPosition';

/**
 * Ajv's handling of the collected errors, each with what the count does instead (the count,
 * `errors`, is kept by the code already: incremented after each push, set to the array's
 * length after each concat, and reset before each truncation).
 */
const ERROR_ARRAY_REWRITES: readonly [RegExp, string][] = [
  // Collect one error: `errors++` follows and stays.
  [/if\(vErrors === null\)\{vErrors = \[(err\d+)\];\}else \{vErrors\.push\(\1\);\}/g, ''],
  // Return at the first error (validators that stop there).
  [/\b(validate\d+)\.errors = \[__gwError\];/g, '$1.errors = 1;'],
  // Add a called validator's errors.
  [/vErrors = vErrors === null \? ([\w.]+)\.errors : vErrors\.concat\(\1\.errors\);errors = vErrors\.length;/g, 'errors += $1.errors;'],
  // Drop the errors of a failed `anyOf`/`oneOf` branch: `errors = _errsN` precedes and stays.
  [/if\(vErrors !== null\)\{if\((_errs\d+)\)\{vErrors\.length = \1;\}else \{vErrors = null;\}\}/g, ''],
  // Hand the errors to the caller.
  [/\b(validate\d+)\.errors = vErrors;/g, '$1.errors = errors;'],
];

/** The end (exclusive) of the object literal starting at `start` (a `{`), skipping strings. */
function literalEnd(code: string, start: number): number {
  let depth = 0;
  for (let i = start; i < code.length; i++) {
    const c = code[i];
    if (c === '"' || c === "'" || c === '`') {
      for (i++; i < code.length && code[i] !== c; i++) if (code[i] === '\\') i++;
    } else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return i + 1;
  }
  throw new Error('unterminated error literal in generated validator code');
}

export function validityOnlyCode(code: string): { code: string; replaced: number } {
  let out = '';
  let from = 0;
  let replaced = 0;
  for (let at = code.indexOf(LITERAL_START, from); at !== -1; at = code.indexOf(LITERAL_START, from)) {
    const end = literalEnd(code, at);
    const literal = code.slice(at, end);
    // `{instancePath…}` is an error object, the position passed to a called validator, or the
    // parameter that takes it (`{instancePath="", parentData, …}`, kept).
    if (ERROR_LITERAL.test(literal)) {
      out += code.slice(from, at) + SHARED_ERROR;
      replaced++;
    } else {
      const position = POSITION_ARGUMENT.exec(literal);
      out += code.slice(from, at) + (position === null ? literal : position[4] === undefined ? SHARED_POSITION : '{dynamicAnchors}');
    }
    from = end;
  }
  out += code.slice(from);
  if (/\.(schemaPath|keyword|params|message)\b/.test(out)) throw new Error('generated validator code reads error properties');
  if (POSITION_NAMES.test(out.replace(POSITION_PARAMETER, ''))) throw new Error('generated validator code uses the data position beyond passing it on');
  for (const [pattern, replacement] of ERROR_ARRAY_REWRITES) out = out.replace(pattern, replacement);
  if (/\bvErrors\b/.test(out.replaceAll('let vErrors = null;', ''))) throw new Error('generated validator code uses its error array in an unknown way');
  return { code: `"use strict";const ${SHARED_ERROR}={},${SHARED_POSITION}={};${out}`, replaced };
}
