/**
 * A per-operation view the guideline rules share: parameters merged from the path item and
 * the operation (`$ref`s resolved), responses, bodies. Computed once per operation entry and
 * cached, so twenty rules reading the same operation do not resolve it twenty times.
 */
import { isRecord, type JsonPath, type ParsedDocument } from '../../../../document/index.js';
import type { OperationEntry } from '../../../engine/types.js';
import { isSuccessCode, isJsonMediaType } from './http.js';
import { derefRecord, reportPath } from './resolve.js';

export interface ParameterView {
  readonly name: string;
  readonly in: string;
  /** The parameter object, `$ref` resolved. */
  readonly value: Record<string, unknown>;
  /** Where the parameter (or its `$ref`) is written. */
  readonly path: JsonPath;
  /** Where the parameter object itself is (the component for a `$ref`): report here. */
  readonly location: JsonPath;
  readonly source: string;
}

export interface ResponseView {
  readonly code: string;
  readonly value: Record<string, unknown>;
  /** Where the response (or its `$ref`) is written. */
  readonly path: JsonPath;
  /** Where the response object itself is (the component for a `$ref`): report here. */
  readonly location: JsonPath;
  readonly source: string;
}

export interface BodyView {
  /** The media type (OpenAPI 3) or undefined (Swagger 2.0: one schema, types in `produces`). */
  readonly mediaType: string | undefined;
  /** The media type object (OAS3) or the response/parameter object (Swagger 2.0). */
  readonly container: Record<string, unknown>;
  /** Path of `container` as written. */
  readonly path: JsonPath;
  readonly schema: Record<string, unknown> | undefined;
  readonly source: string;
}

export interface OperationView {
  readonly entry: OperationEntry;
  readonly parameters: readonly ParameterView[];
  readonly responses: readonly ResponseView[];
}

const cache = new WeakMap<OperationEntry, OperationView>();

export function operationView(document: ParsedDocument, entry: OperationEntry): OperationView {
  const cached = cache.get(entry);
  if (cached !== undefined) return cached;
  const view: OperationView = {
    entry,
    parameters: mergedParameters(document, entry),
    responses: responsesOf(document, entry),
  };
  cache.set(entry, view);
  return view;
}

function parametersAt(document: ParsedDocument, list: unknown, path: JsonPath): ParameterView[] {
  if (!Array.isArray(list)) return [];
  const views: ParameterView[] = [];
  list.forEach((item: unknown, index) => {
    const resolved = derefRecord(document, item);
    if (resolved === undefined) return;
    const name = resolved.value['name'];
    const where = resolved.value['in'];
    if (typeof name !== 'string' || typeof where !== 'string') return;
    const written = [...path, index];
    views.push({
      name,
      in: where,
      value: resolved.value,
      path: written,
      location: reportPath(document, resolved, written),
      source: resolved.source,
    });
  });
  return views;
}

function mergedParameters(document: ParsedDocument, entry: OperationEntry): ParameterView[] {
  const pathItemPath = entry.path.slice(0, -1);
  const inherited = parametersAt(document, entry.pathItem['parameters'], [...pathItemPath, 'parameters']);
  const own = parametersAt(document, entry.value['parameters'], [...entry.path, 'parameters']);
  // An operation parameter overrides the path item's one with the same name and location.
  const ownKeys = new Set(own.map((p) => `${p.in}\u0000${p.name}`));
  return [...inherited.filter((p) => !ownKeys.has(`${p.in}\u0000${p.name}`)), ...own];
}

function responsesOf(document: ParsedDocument, entry: OperationEntry): ResponseView[] {
  const responses = entry.value['responses'];
  if (!isRecord(responses)) return [];
  const views: ResponseView[] = [];
  for (const [code, raw] of Object.entries(responses)) {
    if (code.startsWith('x-')) continue;
    const resolved = derefRecord(document, raw);
    if (resolved === undefined) continue;
    const written = [...entry.path, 'responses', code];
    views.push({
      code,
      value: resolved.value,
      path: written,
      location: reportPath(document, resolved, written),
      source: resolved.source,
    });
  }
  return views;
}

/** The bodies of a response: one per media type (OAS3) or the single schema (Swagger 2.0). */
export function responseBodies(document: ParsedDocument, response: ResponseView): BodyView[] {
  return bodiesOf(document, response.value, response.location, response.source);
}

/** The request bodies of an operation: OAS3 `requestBody` or the Swagger 2.0 `in: body` parameter. */
export function requestBodies(document: ParsedDocument, view: OperationView): BodyView[] {
  const body = view.parameters.find((p) => p.in === 'body');
  if (body !== undefined) {
    const schema = derefRecord(document, body.value['schema'], body.source);
    return [{ mediaType: undefined, container: body.value, path: body.location, schema: schema?.value, source: body.source }];
  }
  const requestBody = derefRecord(document, view.entry.value['requestBody']);
  if (requestBody === undefined) return [];
  return bodiesOf(document, requestBody.value, reportPath(document, requestBody, [...view.entry.path, 'requestBody']), requestBody.source);
}

function bodiesOf(
  document: ParsedDocument,
  container: Record<string, unknown>,
  path: JsonPath,
  source: string,
): BodyView[] {
  const content = container['content'];
  if (isRecord(content)) {
    const bodies: BodyView[] = [];
    for (const [mediaType, media] of Object.entries(content)) {
      if (!isRecord(media)) continue;
      const schema = derefRecord(document, media['schema'], source);
      bodies.push({ mediaType, container: media, path: [...path, 'content', mediaType], schema: schema?.value, source });
    }
    return bodies;
  }
  if ('schema' in container) {
    const schema = derefRecord(document, container['schema'], source);
    return [{ mediaType: undefined, container, path, schema: schema?.value, source }];
  }
  return [];
}

/** The first success response with a JSON body (or any body in Swagger 2.0), `200` first. */
export function successBody(document: ParsedDocument, view: OperationView): { response: ResponseView; body: BodyView } | undefined {
  const successes = view.responses
    .filter((r) => isSuccessCode(r.code))
    .sort((a, b) => a.code.localeCompare(b.code));
  for (const response of successes) {
    for (const body of responseBodies(document, response)) {
      if (body.mediaType === undefined || isJsonMediaType(body.mediaType)) return { response, body };
    }
  }
  return undefined;
}

/** The root's `security`, or undefined. */
export function rootSecurity(data: unknown): unknown {
  return isRecord(data) ? data['security'] : undefined;
}
