import jsYaml from 'js-yaml';
import { JsonLocator } from './json-locator.js';
import { YamlLocator } from './yaml-locator.js';
import type { DocumentDiagnostic, JsonPath, Locator, ParsedFile, Range } from './types.js';

const ZERO_RANGE: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

/**
 * YAML 1.2 core schema plus merge keys (`<<`), so that dates and the like stay strings as in
 * JSON. `json: true` lets a duplicate key override the earlier one instead of throwing.
 */
const YAML_SCHEMA = jsYaml.CORE_SCHEMA.extend(mergeType());

/** js-yaml's `<<` merge-key type (exported at run time, missing from its type declarations). */
function mergeType(): jsYaml.Type[] {
  const types: unknown = Reflect.get(jsYaml, 'types');
  const merge: unknown = typeof types === 'object' && types !== null ? Reflect.get(types, 'merge') : undefined;
  return merge instanceof jsYaml.Type ? [merge] : [];
}

function guessSyntax(text: string, source: string): 'json' | 'yaml' {
  if (/\.json$/i.test(source)) return 'json';
  if (/\.ya?ml$/i.test(source)) return 'yaml';
  const first = /\S/.exec(text)?.[0];
  return first === '{' || first === '[' ? 'json' : 'yaml';
}

function positionRange(text: string, offset: number): Range {
  let line = 0;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  const position = { line, character: Math.max(0, offset - lineStart) };
  return { start: position, end: position };
}

/** Parses one file's text (JSON or YAML) into data plus a lazy position locator. Never throws. */
export function parseFile(text: string, source: string): ParsedFile {
  const diagnostics: DocumentDiagnostic[] = [];
  // A UTF-8 byte order mark is not part of the document.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let syntax = guessSyntax(body, source);
  let data: unknown;
  if (body.trim() === '') {
    diagnostics.push({ code: 'parser', message: 'Document is empty.', severity: 'error', path: [], range: ZERO_RANGE, source });
  } else if (syntax === 'json') {
    try {
      data = JSON.parse(body);
    } catch (error) {
      // Not strict JSON (comments, trailing commas...): YAML is a superset, try it.
      const yaml = parseYaml(body, source);
      if (yaml.ok) {
        data = yaml.data;
        syntax = 'yaml';
      } else {
        const message = error instanceof Error ? error.message : String(error);
        const offset = /position (\d+)/.exec(message)?.[1];
        const range = offset === undefined ? ZERO_RANGE : positionRange(body, Number(offset));
        diagnostics.push({ code: 'parser', message: `Invalid JSON: ${message}`, severity: 'error', path: [], range, source });
      }
    }
  } else {
    const yaml = parseYaml(body, source);
    if (yaml.ok) data = yaml.data;
    else diagnostics.push(yaml.diagnostic);
  }
  // `data` is set for JSON syntax only when JSON.parse accepted the text.
  const locator: Locator = syntax === 'json' ? new JsonLocator(body, data !== undefined) : new YamlLocator(body);
  return {
    source,
    text: body,
    syntax,
    data,
    diagnostics,
    rangeOf: (path: JsonPath, closest?: boolean) => locator.rangeOf(path, closest),
  };
}

type YamlResult = { ok: true; data: unknown } | { ok: false; diagnostic: DocumentDiagnostic };

function parseYaml(text: string, source: string): YamlResult {
  try {
    return { ok: true, data: jsYaml.load(text, { schema: YAML_SCHEMA, json: true, filename: source }) };
  } catch (error) {
    if (error instanceof jsYaml.YAMLException) {
      const position = { line: error.mark.line, character: error.mark.column };
      return {
        ok: false,
        diagnostic: {
          code: 'parser',
          message: `Invalid YAML: ${error.reason}`,
          severity: 'error',
          path: [],
          range: { start: position, end: position },
          source,
        },
      };
    }
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, diagnostic: { code: 'parser', message: `Invalid YAML: ${message}`, severity: 'error', path: [], range: ZERO_RANGE, source } };
  }
}
