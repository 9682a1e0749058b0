import { compileFilter, type FilterPredicate } from './filter-expression.js';

/** One step of a compiled JSONPath; `deep` means "at any depth below" (`..`). */
export type Step =
  | { readonly kind: 'names'; readonly deep: boolean; readonly names: ReadonlySet<string> }
  | { readonly kind: 'wildcard'; readonly deep: boolean }
  | { readonly kind: 'filter'; readonly deep: boolean; readonly predicate: FilterPredicate };

/** Splits the inside of `[...]` on top-level commas, respecting quotes. */
function splitUnion(body: string): string[] {
  const parts: string[] = [];
  let current = '';
  let quote: string | undefined;
  for (const char of body) {
    if (quote !== undefined) {
      current += char;
      if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") {
      quote = char;
      current += char;
    } else if (char === ',') {
      parts.push(current.trim());
      current = '';
    } else current += char;
  }
  parts.push(current.trim());
  return parts;
}

function unquote(part: string): string {
  if ((part.startsWith("'") && part.endsWith("'")) || (part.startsWith('"') && part.endsWith('"'))) {
    return part.slice(1, -1).replace(/\\(.)/g, '$1');
  }
  return part;
}

/** Finds the `]` closing the bracket opened at `open`, skipping quotes and parentheses. */
function closingBracket(path: string, open: number): number {
  let depth = 0;
  let quote: string | undefined;
  for (let i = open + 1; i < path.length; i++) {
    const char = path.charAt(i);
    if (quote !== undefined) {
      if (char === '\\') i++;
      else if (char === quote) quote = undefined;
    } else if (char === '"' || char === "'") quote = char;
    else if (char === '(') depth++;
    else if (char === ')') depth--;
    else if (char === ']' && depth === 0) return i;
  }
  throw new Error(`unclosed "[" in JSONPath "${path}"`);
}

/**
 * Parses a Spectral/Nimma JSONPath (`$.paths[*][get,put]`, `$..[?(@.enum)]`, `$..parameters`)
 * into steps. Throws a descriptive error for syntax it does not support.
 */
export function parseJsonPath(path: string): Step[] {
  const text = path.trim();
  if (!text.startsWith('$')) throw new Error(`JSONPath "${path}" must start with "$"`);
  const steps: Step[] = [];
  let i = 1;
  while (i < text.length) {
    let deep = false;
    if (text.startsWith('..', i)) {
      deep = true;
      i += 2;
    } else if (text.charAt(i) === '.') {
      i += 1;
    }
    const char = text.charAt(i);
    if (char === '[') {
      const close = closingBracket(text, i);
      const body = text.slice(i + 1, close).trim();
      i = close + 1;
      if (body === '*') steps.push({ kind: 'wildcard', deep });
      else if (body.startsWith('?')) {
        const expression = body.slice(1).trim();
        const inner = expression.startsWith('(') && expression.endsWith(')') ? expression.slice(1, -1) : expression;
        steps.push({ kind: 'filter', deep, predicate: compileFilter(inner) });
      } else if (body.startsWith('(') || body.includes(':') && !/^['"]/.test(body)) {
        throw new Error(`JSONPath "${path}": script expressions and slices are not supported`);
      } else {
        steps.push({ kind: 'names', deep, names: new Set(splitUnion(body).map(unquote)) });
      }
      continue;
    }
    if (char === '*') {
      steps.push({ kind: 'wildcard', deep });
      i += 1;
      continue;
    }
    let end = i;
    while (end < text.length && text.charAt(end) !== '.' && text.charAt(end) !== '[') end++;
    const name = text.slice(i, end);
    if (name === '') {
      if (i >= text.length && !deep) break;
      throw new Error(`JSONPath "${path}": empty segment at ${String(i)}`);
    }
    if (name.endsWith('~')) throw new Error(`JSONPath "${path}": the "~" key selector is not supported`);
    steps.push({ kind: 'names', deep, names: new Set([name]) });
    i = end;
  }
  return steps;
}
