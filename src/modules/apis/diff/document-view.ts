import { arrayAt, isObject, objectAt, stringAt, type JsonObject } from './json.js';
import { childPointer } from './pointer.js';
import { Resolver, type Node } from './resolver.js';
import { SchemaViews } from './schema-view.js';
import type { DiffSource } from './source.js';

/**
 * A normalised view of an OpenAPI 2.0 / 3.0 / 3.1 document: the operations with their
 * effective parameters, request body, responses and security, keyed so that the same
 * operation is found in both versions even when a path parameter was renamed. 2.0
 * `body`/`formData` parameters become a request body and `produces`/`consumes` media
 * types, so the checks are written once for all versions.
 */

export const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export type OpenApiVersion = '2.0' | '3.0' | '3.1';

export interface ParameterView {
  /** `in:name`, with the name lower-cased for headers (they are case-insensitive). */
  readonly key: string;
  readonly name: string;
  readonly in: string;
  readonly required: boolean;
  readonly deprecated: boolean;
  readonly pointer: string;
  readonly raw: JsonObject;
  /** The parameter's schema (for 2.0 the parameter object itself holds type/enum/...). */
  readonly schema: Node | undefined;
}

export interface MediaTypeView {
  readonly name: string;
  readonly pointer: string;
  readonly schema: Node | undefined;
}

export interface RequestBodyView {
  readonly pointer: string;
  readonly required: boolean;
  readonly content: ReadonlyMap<string, MediaTypeView>;
}

export interface HeaderView {
  readonly name: string;
  readonly pointer: string;
  readonly required: boolean;
  readonly schema: Node | undefined;
}

export interface ResponseView {
  readonly status: string;
  readonly pointer: string;
  readonly content: ReadonlyMap<string, MediaTypeView>;
  /** Keyed by lower-case header name. */
  readonly headers: ReadonlyMap<string, HeaderView>;
}

/** One alternative of a security requirement: scheme name -> scopes. */
export type SecurityAlternative = ReadonlyMap<string, readonly string[]>;

export interface OperationView {
  /** Upper-case method and path template, e.g. `GET /pets/{petId}`. */
  readonly method: string;
  readonly path: string;
  /** Method + path with parameter names erased, to pair operations across versions. */
  readonly matchKey: string;
  readonly pointer: string;
  readonly raw: JsonObject;
  readonly operationId: string | undefined;
  readonly deprecated: boolean;
  /** Announced sunset (`x-sunset`, or an example of a documented `Sunset` header). */
  readonly sunset: string | undefined;
  readonly tags: readonly string[];
  readonly pathParameterNames: readonly string[];
  readonly parameters: ReadonlyMap<string, ParameterView>;
  readonly requestBody: RequestBodyView | undefined;
  readonly responses: ReadonlyMap<string, ResponseView>;
  /** Effective security alternatives; an empty alternative allows anonymous calls. */
  readonly security: readonly SecurityAlternative[];
  readonly securityPointer: string;
}

/** An operation found in the document; its full view is built only when it is needed. */
export interface OperationHandle {
  readonly matchKey: string;
  readonly method: string;
  readonly path: string;
  readonly pointer: string;
  readonly raw: JsonObject;
  /** The path item's `parameters`, which apply to the operation too. */
  readonly pathParameters: unknown;
  view(): OperationView;
}

export interface ServerView {
  readonly url: string;
  readonly pointer: string;
}

export interface DocumentView {
  readonly version: OpenApiVersion;
  readonly data: JsonObject;
  readonly resolver: Resolver;
  readonly schemas: SchemaViews;
  readonly operations: ReadonlyMap<string, OperationHandle>;
  /** Normalised path -> pointer of the path item. */
  readonly paths: ReadonlyMap<string, string>;
  readonly servers: readonly ServerView[];
  readonly securitySchemes: ReadonlyMap<string, Node>;
  /** Pointer prefix of reusable schemas: `#/components/schemas` or `#/definitions`. */
  readonly schemaComponentsPointer: string;
  readonly schemaComponents: ReadonlyMap<string, Node>;
}

export class InvalidDocumentError extends Error {
  override readonly name = 'InvalidDocumentError';
}

export function detectVersion(data: unknown): OpenApiVersion {
  if (!isObject(data)) throw new InvalidDocumentError('not an OpenAPI document (the top level is not an object)');
  const swagger = data.swagger;
  if (swagger !== undefined) {
    if (swagger === '2.0' || swagger === 2) return '2.0';
    throw new InvalidDocumentError(`unsupported swagger version ${JSON.stringify(swagger)}`);
  }
  const openapi = data.openapi;
  if (typeof openapi === 'string' && openapi.startsWith('3.0')) return '3.0';
  if (typeof openapi === 'string' && openapi.startsWith('3.1')) return '3.1';
  if (openapi === undefined) throw new InvalidDocumentError('not an OpenAPI document (no `openapi` or `swagger` field)');
  throw new InvalidDocumentError(`unsupported OpenAPI version ${JSON.stringify(openapi)}`);
}

export function normalisePath(path: string): string {
  return path.replace(/\{[^}]*\}/g, '{}').replace(/\/+$/, '') || '/';
}

export function buildDocumentView(source: DiffSource): DocumentView {
  const data = source.data;
  const version = detectVersion(data);
  const root: JsonObject = isObject(data) ? data : {};
  const resolver = new Resolver(root, source.resolveRef);
  const operations = new Map<string, OperationHandle>();
  const paths = new Map<string, string>();
  const pathsObject = objectAt(root, 'paths') ?? {};
  for (const [path, rawItem] of Object.entries(pathsObject)) {
    const itemPointer = childPointer('#/paths', path);
    const item = resolver.resolve({ value: rawItem, pointer: itemPointer });
    if (!isObject(item.value)) continue;
    paths.set(normalisePath(path), itemPointer);
    const itemValue = item.value;
    for (const method of METHODS) {
      const rawOp = itemValue[method];
      if (!isObject(rawOp)) continue;
      const pointer = childPointer(item.pointer, method);
      let built: OperationView | undefined;
      const matchKey = `${method.toUpperCase()} ${normalisePath(path)}`;
      operations.set(matchKey, {
        matchKey,
        method: method.toUpperCase(),
        path,
        pointer,
        raw: rawOp,
        pathParameters: itemValue.parameters,
        view: () => (built ??= buildOperation(version, root, resolver, path, method, itemValue, rawOp, pointer)),
      });
    }
  }
  const schemaComponentsPointer = version === '2.0' ? '#/definitions' : '#/components/schemas';
  const schemaObject = version === '2.0' ? objectAt(root, 'definitions') : objectAt(objectAt(root, 'components'), 'schemas');
  const securityObject = version === '2.0' ? objectAt(root, 'securityDefinitions') : objectAt(objectAt(root, 'components'), 'securitySchemes');
  const securityPointer = version === '2.0' ? '#/securityDefinitions' : '#/components/securitySchemes';
  return {
    version,
    data: root,
    resolver,
    schemas: new SchemaViews(resolver),
    operations,
    paths,
    servers: serversOf(version, root),
    securitySchemes: nodesOf(securityObject, securityPointer),
    schemaComponentsPointer,
    schemaComponents: nodesOf(schemaObject, schemaComponentsPointer),
  };
}

function nodesOf(object: JsonObject | undefined, pointer: string): Map<string, Node> {
  const nodes = new Map<string, Node>();
  for (const [name, value] of Object.entries(object ?? {})) nodes.set(name, { value, pointer: childPointer(pointer, name) });
  return nodes;
}

function serversOf(version: OpenApiVersion, root: JsonObject): ServerView[] {
  if (version === '2.0') {
    const host = stringAt(root, 'host');
    if (host === undefined) return [];
    const basePath = stringAt(root, 'basePath') ?? '';
    const schemes = (arrayAt(root, 'schemes') ?? ['https']).filter((s): s is string => typeof s === 'string');
    return schemes.map((scheme) => ({ url: `${scheme}://${host}${basePath}`, pointer: '#/host' }));
  }
  const servers: ServerView[] = [];
  (arrayAt(root, 'servers') ?? []).forEach((server, index) => {
    const url = stringAt(server, 'url');
    if (url !== undefined) servers.push({ url: url.replace(/\/+$/, ''), pointer: childPointer('#/servers', index) });
  });
  return servers;
}

function buildOperation(
  version: OpenApiVersion,
  root: JsonObject,
  resolver: Resolver,
  path: string,
  method: string,
  item: JsonObject,
  raw: JsonObject,
  pointer: string,
): OperationView {
  const pathParameterNames = [...path.matchAll(/\{([^}]*)\}/g)].map((m) => m[1] ?? '');
  const itemPointer = pointer.slice(0, pointer.lastIndexOf('/'));
  // Parameters, request body and responses are read on first use: the engine skips the
  // parts of an unchanged operation that only reach unchanged components.
  let parameterPart: { parameters: Map<string, ParameterView>; body: ParameterView | undefined; formData: ParameterView[] } | undefined;
  const parametersOf = (): NonNullable<typeof parameterPart> => {
    if (parameterPart) return parameterPart;
    const parameters = new Map<string, ParameterView>();
    const formData: ParameterView[] = [];
    let body: ParameterView | undefined;
    const collect = (list: readonly unknown[] | undefined, listPointer: string): void => {
      (list ?? []).forEach((entry, index) => {
        const param = parameterView(version, resolver.resolve({ value: entry, pointer: childPointer(listPointer, index) }), pathParameterNames);
        if (!param) return;
        if (param.in === 'body') body = param;
        else if (param.in === 'formData') {
          const existing = formData.findIndex((p) => p.name === param.name);
          if (existing >= 0) formData.splice(existing, 1);
          formData.push(param);
        } else parameters.set(param.key, param);
      });
    };
    // Operation-level parameters override path-level ones with the same name and location.
    collect(arrayAt(item, 'parameters'), childPointer(itemPointer, 'parameters'));
    collect(arrayAt(raw, 'parameters'), childPointer(pointer, 'parameters'));
    return (parameterPart = { parameters, body, formData });
  };
  let requestBody: { value: RequestBodyView | undefined } | undefined;
  let responses: Map<string, ResponseView> | undefined;
  const responsesPart = (): Map<string, ResponseView> => (responses ??= responsesOf(version, resolver, raw, pointer, mediaList(raw, root, 'produces')));
  let sunset: { value: string | undefined } | undefined;
  const ownSecurity = arrayAt(raw, 'security');
  const security = securityOf(ownSecurity ?? arrayAt(root, 'security'));
  const tags = (arrayAt(raw, 'tags') ?? []).filter((t): t is string => typeof t === 'string');
  return {
    method: method.toUpperCase(),
    path,
    matchKey: `${method.toUpperCase()} ${normalisePath(path)}`,
    pointer,
    raw,
    operationId: stringAt(raw, 'operationId'),
    deprecated: raw.deprecated === true,
    get sunset() {
      return (sunset ??= { value: sunsetOf(raw, responsesPart) }).value;
    },
    tags,
    pathParameterNames,
    get parameters() {
      return parametersOf().parameters;
    },
    get requestBody() {
      if (!requestBody) {
        const { body, formData } = parametersOf();
        requestBody = { value: version === '2.0' ? swaggerBody(body, formData, mediaList(raw, root, 'consumes'), pointer) : openApiBody(resolver, raw, pointer) };
      }
      return requestBody.value;
    },
    get responses() {
      return responsesPart();
    },
    security,
    securityPointer: ownSecurity ? childPointer(pointer, 'security') : '#/security',
  };
}

function parameterView(version: OpenApiVersion, node: Node, pathNames: readonly string[]): ParameterView | undefined {
  const raw = node.value;
  if (!isObject(raw)) return undefined;
  const name = stringAt(raw, 'name');
  const location = stringAt(raw, 'in');
  if (name === undefined || location === undefined) return undefined;
  // Path parameters are paired by position, so renaming `{id}` to `{petId}` is no change.
  const index = location === 'path' ? pathNames.indexOf(name) : -1;
  const keyName = location === 'path' && index >= 0 ? `#${index}` : location === 'header' ? name.toLowerCase() : name;
  let schema: Node | undefined;
  if (version === '2.0') schema = location === 'body' ? nodeAt(raw, 'schema', node.pointer) : node;
  else {
    schema = nodeAt(raw, 'schema', node.pointer);
    const content = objectAt(raw, 'content');
    if (!schema && content) {
      const first = Object.keys(content)[0];
      if (first !== undefined) schema = nodeAt(content[first], 'schema', childPointer(childPointer(node.pointer, 'content'), first));
    }
  }
  return {
    key: `${location}:${keyName}`,
    name,
    in: location,
    required: raw.required === true || location === 'path',
    deprecated: raw.deprecated === true,
    pointer: node.pointer,
    raw,
    schema,
  };
}

function nodeAt(parent: unknown, key: string, parentPointer: string): Node | undefined {
  if (!isObject(parent) || !isObject(parent[key])) return undefined;
  return { value: parent[key], pointer: childPointer(parentPointer, key) };
}

function mediaList(op: JsonObject, root: JsonObject, key: string): string[] {
  const list = arrayAt(op, key) ?? arrayAt(root, key) ?? ['application/json'];
  return list.filter((m): m is string => typeof m === 'string');
}

function swaggerBody(body: ParameterView | undefined, formData: readonly ParameterView[], consumes: readonly string[], pointer: string): RequestBodyView | undefined {
  if (body) {
    const content = new Map<string, MediaTypeView>();
    for (const name of consumes) content.set(name, { name, pointer: body.pointer, schema: body.schema });
    return { pointer: body.pointer, required: body.required, content };
  }
  if (formData.length === 0) return undefined;
  // formData parameters describe the fields of one object body; synthesise that schema,
  // each property pointing at its parameter.
  const properties: Record<string, unknown> = {};
  for (const param of formData) properties[param.name] = param.raw;
  const schema = {
    type: 'object',
    properties,
    required: formData.filter((p) => p.required).map((p) => p.name),
  };
  const media = consumes.filter((m) => m.includes('form')).length > 0 ? consumes.filter((m) => m.includes('form')) : ['application/x-www-form-urlencoded'];
  const content = new Map<string, MediaTypeView>();
  const bodyPointer = childPointer(pointer, 'parameters');
  for (const name of media) content.set(name, { name, pointer: bodyPointer, schema: { value: schema, pointer: bodyPointer } });
  return { pointer: bodyPointer, required: formData.some((p) => p.required), content };
}

function contentOf(object: JsonObject, pointer: string): Map<string, MediaTypeView> {
  const content = new Map<string, MediaTypeView>();
  const raw = objectAt(object, 'content') ?? {};
  const contentPointer = childPointer(pointer, 'content');
  for (const [name, media] of Object.entries(raw)) {
    const mediaPointer = childPointer(contentPointer, name);
    content.set(name.toLowerCase(), { name, pointer: mediaPointer, schema: nodeAt(media, 'schema', mediaPointer) });
  }
  return content;
}

function openApiBody(resolver: Resolver, op: JsonObject, pointer: string): RequestBodyView | undefined {
  if (!isObject(op.requestBody)) return undefined;
  const node = resolver.resolve({ value: op.requestBody, pointer: childPointer(pointer, 'requestBody') });
  if (!isObject(node.value)) return undefined;
  return { pointer: node.pointer, required: node.value.required === true, content: contentOf(node.value, node.pointer) };
}

function responsesOf(version: OpenApiVersion, resolver: Resolver, op: JsonObject, pointer: string, produces: readonly string[]): Map<string, ResponseView> {
  const responses = new Map<string, ResponseView>();
  const raw = objectAt(op, 'responses') ?? {};
  const responsesPointer = childPointer(pointer, 'responses');
  for (const [status, value] of Object.entries(raw)) {
    const node = resolver.resolve({ value, pointer: childPointer(responsesPointer, status) });
    if (!isObject(node.value)) continue;
    const response = node.value;
    let content: Map<string, MediaTypeView>;
    if (version === '2.0') {
      content = new Map();
      const schema = nodeAt(response, 'schema', node.pointer);
      if (schema) for (const name of produces) content.set(name.toLowerCase(), { name, pointer: schema.pointer, schema });
    } else content = contentOf(response, node.pointer);
    const headers = new Map<string, HeaderView>();
    const headersPointer = childPointer(node.pointer, 'headers');
    for (const [name, header] of Object.entries(objectAt(response, 'headers') ?? {})) {
      const headerNode = resolver.resolve({ value: header, pointer: childPointer(headersPointer, name) });
      if (!isObject(headerNode.value)) continue;
      const schema = version === '2.0' ? headerNode : nodeAt(headerNode.value, 'schema', headerNode.pointer);
      headers.set(name.toLowerCase(), { name, pointer: headerNode.pointer, required: headerNode.value.required === true, schema });
    }
    responses.set(status.toUpperCase(), { status, pointer: node.pointer, content, headers });
  }
  return responses;
}

function securityOf(list: readonly unknown[] | undefined): SecurityAlternative[] {
  if (!list) return [];
  const alternatives: SecurityAlternative[] = [];
  for (const entry of list) {
    if (!isObject(entry)) continue;
    const alternative = new Map<string, readonly string[]>();
    for (const [scheme, scopes] of Object.entries(entry)) {
      alternative.set(scheme, Array.isArray(scopes) ? scopes.filter((s): s is string => typeof s === 'string') : []);
    }
    alternatives.push(alternative);
  }
  return alternatives;
}

function sunsetOf(op: JsonObject, responses: () => ReadonlyMap<string, ResponseView>): string | undefined {
  const own = op['x-sunset'] ?? op['x-sunset-date'];
  if (typeof own === 'string') return own;
  for (const response of responses().values()) {
    const header = response.headers.get('sunset');
    const schema = header?.schema?.value;
    const example = isObject(schema) ? (schema.example ?? schema.default) : undefined;
    if (typeof example === 'string') return example;
  }
  return undefined;
}
