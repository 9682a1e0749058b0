/**
 * Turns Ajv's standalone validator code into a validity-only validator (ADR 0022): every error
 * object literal (`{instancePath…}`) becomes one shared, empty object. The code never reads an
 * error's properties (it only counts and collects them), so the answer, valid or not, is the
 * same; what goes is building ~20,000 objects for a 2 MB document, one per failing branch of
 * `oneOf: [Schema, Reference]` and the like, all thrown away when the document is valid.
 */
const ERROR_LITERAL_START = '{instancePath';
/** An error object of Ajv's generated code: its position, then where in the schema and which keyword failed. */
const ERROR_LITERAL = /^\{instancePath(:.*?)?,schemaPath:"[^"]*",keyword:"/s;
export const SHARED_ERROR = '__gwError';

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
  for (let at = code.indexOf(ERROR_LITERAL_START, from); at !== -1; at = code.indexOf(ERROR_LITERAL_START, from)) {
    const end = literalEnd(code, at);
    const literal = code.slice(at, end);
    // Only error objects: `{instancePath…}` is also how validators pass their position to the
    // validators they call, and how they take it (`{instancePath="", parentData, …}`).
    if (ERROR_LITERAL.test(literal)) {
      out += code.slice(from, at) + SHARED_ERROR;
      replaced++;
    } else {
      out += code.slice(from, end);
    }
    from = end;
  }
  out += code.slice(from);
  if (/\.(schemaPath|keyword|params|message)\b/.test(out)) throw new Error('generated validator code reads error properties');
  return { code: `"use strict";const ${SHARED_ERROR}={};${out}`, replaced };
}
