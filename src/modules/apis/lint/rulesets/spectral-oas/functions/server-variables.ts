import { isRecord } from '../../../../document/index.js';
import type { RuleFunction, RuleFunctionResult } from '../../../engine/types.js';

function urlVariables(url: string): string[] {
  return (url.match(/{(.+?)}/g) ?? []).map((variable) => variable.slice(1, -1));
}

function* substitutions(url: string, variables: readonly [string, readonly string[]][], i = 0): Generator<string> {
  const entry = variables[i];
  if (entry === undefined) return;
  const [name, values] = entry;
  const pattern = new RegExp(`{${name}}`.replace(/[\\^$*+?.()|[\]{}]/g, '\\$&'), 'g');
  for (const value of values) {
    const substituted = url.replace(pattern, encodeURI(value));
    if (i === variables.length - 1) yield substituted;
    else yield* substitutions(substituted, variables, i + 1);
  }
}

function isValidUrl(url: string): boolean {
  try {
    new URL(url);
    return true;
  } catch {
    return false;
  }
}

/** Server URL variables are all defined, all used, have defaults in their enums, and substitute to URLs. */
export const serverVariables: RuleFunction = (server, _options, { path }) => {
  if (!isRecord(server)) return undefined;
  const url = server['url'];
  const variables = server['variables'];
  if (typeof url !== 'string' || (variables !== undefined && !isRecord(variables))) return [{ message: 'Invalid Server Object' }];
  const results: RuleFunctionResult[] = [];
  const found = urlVariables(url);
  const defined = variables === undefined ? [] : Object.keys(variables);
  for (const name of defined) {
    if (!found.includes(name)) results.push({ message: `Server's "variables" object has unused defined "${name}" url variable.`, path: [...path, 'variables', name] });
  }
  if (found.length === 0) return results;
  const missing = found.filter((name) => !defined.includes(name));
  if (missing.length > 0) {
    results.push({ message: `Not all server's variables are described with "variables" object. Missed: ${missing.join(', ')}.`, path: [...path, 'variables'] });
  }
  if (variables === undefined) return results;
  const pairs: [string, string[]][] = [];
  for (const name of defined) {
    if (!found.includes(name)) continue;
    const variable = variables[name];
    if (!isRecord(variable)) continue;
    const values = variable['enum'];
    const fallback = variable['default'];
    if (Array.isArray(values)) {
      pairs.push([name, values.map(String)]);
      if (fallback !== undefined && !values.includes(fallback)) {
        results.push({ message: `Server Variable "${name}" has a default not listed in the enum.`, path: [...path, 'variables', name, 'default'] });
      }
    // eslint-disable-next-line @typescript-eslint/no-base-to-string -- values here are JSON primitives from a parsed document
    } else pairs.push([name, fallback === undefined ? [] : [String(fallback)]]);
    if (fallback === undefined) results.push({ message: `Server Variable "${name}" has a missing default.`, path: [...path, 'variables', name] });
  }
  if (pairs.length === 0) return results;
  const invalid: string[] = [];
  for (const candidate of substitutions(url, pairs)) {
    if (!isValidUrl(candidate)) {
      invalid.push(candidate);
      if (invalid.length === 5) break;
    }
  }
  if (invalid.length === 5) {
    results.push({ message: `At least 5 substitutions of server variables resulted in invalid URLs: ${invalid.join(', ')} and more`, path: [...path, 'variables'] });
  } else if (invalid.length > 0) {
    results.push({ message: `A few substitutions of server variables resulted in invalid URLs: ${invalid.join(', ')}`, path: [...path, 'variables'] });
  }
  return results;
};
