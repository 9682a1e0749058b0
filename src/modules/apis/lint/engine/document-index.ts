import type { ParsedDocument, PathSegment } from '../../document/index.js';
import { dirname, resolve as resolvePath } from 'node:path';
import { isRecord, parsePointer, toPointer } from '../../document/index.js';
import type { DocumentIndex, OperationEntry, ParameterEntry, ResponseEntry, SchemaEntry } from './types.js';

export const HTTP_METHODS: readonly string[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

const SCHEMA_LIST_KEYWORDS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'];
const SCHEMA_KEYWORDS = ['items', 'additionalProperties', 'not', 'contains', 'if', 'then', 'else', 'propertyNames', 'unevaluatedItems', 'unevaluatedProperties'];
const SCHEMA_MAP_KEYWORDS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'];

function follow(document: ParsedDocument, value: unknown): unknown {
  if (isRecord(value) && typeof value['$ref'] === 'string') {
    const resolution = document.resolveRef(value['$ref']);
    return resolution.ok ? resolution.target.value : value;
  }
  return value;
}

/** Builds the index in one pass over the parts of the document that hold operations and schemas. */
function build(document: ParsedDocument): Omit<DocumentIndex, 'refTargets'> {
  const root = document.data;
  const operations: OperationEntry[] = [];
  const parameters: ParameterEntry[] = [];
  const responses: ResponseEntry[] = [];
  const schemas: SchemaEntry[] = [];
  const seenSchemas = new Set<unknown>();

  const addSchema = (value: unknown, path: PathSegment[], name: string | undefined): void => {
    if (!isRecord(value) || seenSchemas.has(value) || typeof value['$ref'] === 'string') return;
    seenSchemas.add(value);
    schemas.push({ path, value, name });
    for (const keyword of SCHEMA_KEYWORDS) addSchema(value[keyword], [...path, keyword], undefined);
    for (const keyword of SCHEMA_LIST_KEYWORDS) {
      const list = value[keyword];
      if (Array.isArray(list)) list.forEach((item: unknown, i) => { addSchema(item, [...path, keyword, i], undefined); });
    }
    for (const keyword of SCHEMA_MAP_KEYWORDS) {
      const map = value[keyword];
      if (isRecord(map)) for (const key of Object.keys(map)) addSchema(map[key], [...path, keyword, key], undefined);
    }
  };

  const addContentSchemas = (holder: unknown, path: PathSegment[]): void => {
    if (!isRecord(holder)) return;
    addSchema(holder['schema'], [...path, 'schema'], undefined);
    const content = holder['content'];
    if (isRecord(content)) {
      for (const media of Object.keys(content)) {
        const entry = content[media];
        if (isRecord(entry)) addSchema(entry['schema'], [...path, 'content', media, 'schema'], undefined);
      }
    }
  };

  const addParameters = (list: unknown, path: PathSegment[], operation: OperationEntry | undefined): void => {
    if (!Array.isArray(list)) return;
    list.forEach((raw: unknown, i) => {
      const value = follow(document, raw);
      if (!isRecord(value)) return;
      const name = value['name'];
      const location = value['in'];
      parameters.push({
        path: [...path, i],
        value,
        name: typeof name === 'string' ? name : undefined,
        in: typeof location === 'string' ? location : undefined,
        operation,
      });
      addContentSchemas(value, [...path, i]);
    });
  };

  if (!isRecord(root)) return { operations, parameters, schemas, responses };
  const paths = root['paths'];
  if (isRecord(paths)) {
    for (const pathKey of Object.keys(paths)) {
      const pathItem = follow(document, paths[pathKey]);
      if (!isRecord(pathItem)) continue;
      addParameters(pathItem['parameters'], ['paths', pathKey, 'parameters'], undefined);
      for (const method of HTTP_METHODS) {
        const value = pathItem[method];
        if (!isRecord(value)) continue;
        const operation: OperationEntry = { path: ['paths', pathKey, method], pathKey, method, value, pathItem };
        operations.push(operation);
        addParameters(value['parameters'], ['paths', pathKey, method, 'parameters'], operation);
        const body = follow(document, value['requestBody']);
        addContentSchemas(body, ['paths', pathKey, method, 'requestBody']);
        const opResponses = value['responses'];
        if (isRecord(opResponses)) {
          for (const code of Object.keys(opResponses)) {
            const response = follow(document, opResponses[code]);
            if (!isRecord(response)) continue;
            const path = ['paths', pathKey, method, 'responses', code];
            responses.push({ path, code, value: response, operation });
            addContentSchemas(response, path);
          }
        }
      }
    }
  }
  const components = root['components'];
  const named = isRecord(components) ? components['schemas'] : root['definitions'];
  const base = isRecord(components) ? ['components', 'schemas'] : ['definitions'];
  if (isRecord(named)) for (const name of Object.keys(named)) addSchema(named[name], [...base, name], name);
  const sharedParameters = isRecord(components) ? components['parameters'] : root['parameters'];
  const parameterBase = isRecord(components) ? ['components', 'parameters'] : ['parameters'];
  if (isRecord(sharedParameters)) {
    for (const name of Object.keys(sharedParameters)) {
      const value = sharedParameters[name];
      if (!isRecord(value)) continue;
      const paramName = value['name'];
      const location = value['in'];
      parameters.push({
        path: [...parameterBase, name],
        value,
        name: typeof paramName === 'string' ? paramName : undefined,
        in: typeof location === 'string' ? location : undefined,
        operation: undefined,
      });
      addContentSchemas(value, [...parameterBase, name]);
    }
  }
  return { operations, parameters, schemas, responses };
}

const QUOTE = 34, BACKSLASH = 92, COLON = 58;

function isJsonSpace(code: number): boolean {
  return code === 32 || code === 10 || code === 13 || code === 9;
}

/**
 * The string values of every `"$ref"` key in valid JSON text, found by searching the text
 * (a native substring search) instead of walking the parsed tree, which on a 4 MB document
 * costs as much as a rule. In valid JSON an unescaped quote is always a string delimiter,
 * so `"$ref"` whose first quote is not escaped and which is followed by `:` is a key.
 * (A key written with escapes, `"\u0024ref"`, is not found; no generator writes that.)
 */
function jsonRefValues(text: string): string[] {
  const values: string[] = [];
  let at = text.indexOf('"$ref"');
  while (at !== -1) {
    let slashes = 0;
    for (let j = at - 1; text.charCodeAt(j) === BACKSLASH; j--) slashes++;
    let i = at + 6;
    if (slashes % 2 === 0) {
      while (isJsonSpace(text.charCodeAt(i))) i++;
      if (text.charCodeAt(i) === COLON) {
        i++;
        while (isJsonSpace(text.charCodeAt(i))) i++;
        if (text.charCodeAt(i) === QUOTE) {
          let end = text.indexOf('"', i + 1);
          for (;;) {
            let escapes = 0;
            for (let j = end - 1; text.charCodeAt(j) === BACKSLASH; j--) escapes++;
            if (end === -1 || escapes % 2 === 0) break;
            end = text.indexOf('"', end + 1);
          }
          if (end === -1) break;
          const raw = text.slice(i + 1, end);
          values.push(raw.includes('\\') ? String(JSON.parse(text.slice(i, end + 1))) : raw);
          i = end + 1;
        }
      }
    }
    at = text.indexOf('"$ref"', i);
  }
  return values;
}

/** The string values of every `$ref` key in parsed data (any syntax). */
function treeRefValues(data: unknown): string[] {
  const values: string[] = [];
  const stack: unknown[] = [data];
  while (stack.length > 0) {
    const node = stack.pop();
    if (Array.isArray(node)) {
      for (const item of node) if (typeof item === 'object' && item !== null) stack.push(item);
    } else if (isRecord(node)) {
      for (const key in node) {
        const value = node[key];
        if (key === '$ref' && typeof value === 'string') values.push(value);
        else if (typeof value === 'object' && value !== null) stack.push(value);
      }
    }
  }
  return values;
}

/** Collects every `$ref` target, following refs into other files (each file walked once). */
function collectRefTargets(document: ParsedDocument): Set<string> {
  const targets = new Set<string>();
  const walkedFiles = new Set<string>();
  const seenRefs = new Set<string>();
  const pending: string[] = [document.source];
  while (pending.length > 0) {
    const source = pending.pop();
    if (source === undefined || walkedFiles.has(source)) continue;
    walkedFiles.add(source);
    const file = document.file(source);
    if (file === undefined || file.data === undefined) continue;
    const refs = file.syntax === 'json' ? jsonRefValues(file.text) : treeRefValues(file.data);
    for (const value of refs) {
      // Each distinct reference of a file is worked out once (documents repeat them a lot).
      const seenKey = `${source}\u0000${value}`;
      if (seenRefs.has(seenKey)) continue;
      seenRefs.add(seenKey);
      const resolution = document.resolveRef(value, source);
      // The first hop counts as a use too (a component that is itself a `$ref` to another).
      const hash = value.indexOf('#');
      const filePart = hash === -1 ? value : value.slice(0, hash);
      const firstPath = parsePointer(hash === -1 ? '' : value.slice(hash + 1));
      if (firstPath !== undefined && !/^[a-z][a-z\d+.-]*:/i.test(value)) {
        const firstSource = filePart === '' ? source : resolvePath(dirname(source), filePart);
        targets.add(`${firstSource}#${toPointer(firstPath)}`);
      }
      if (resolution.ok) {
        targets.add(`${resolution.target.source}#${toPointer(resolution.target.path)}`);
        if (!walkedFiles.has(resolution.target.source)) pending.push(resolution.target.source);
      }
    }
  }
  return targets;
}

/** A DocumentIndex whose parts are computed on first use, once per lint run. */
export function createDocumentIndex(document: ParsedDocument): DocumentIndex {
  let built: Omit<DocumentIndex, 'refTargets'> | undefined;
  let refTargets: Set<string> | undefined;
  const get = () => (built ??= build(document));
  return {
    get operations() {
      return get().operations;
    },
    get parameters() {
      return get().parameters;
    },
    get schemas() {
      return get().schemas;
    },
    get responses() {
      return get().responses;
    },
    get refTargets() {
      return (refTargets ??= collectRefTargets(document));
    },
  };
}
