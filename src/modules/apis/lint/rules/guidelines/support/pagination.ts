/**
 * What the pagination rules agree on: which parameter names play which role, and what a
 * list operation is. Names are compared normalised (lower case, no `_`, `-`, `$`, `.`), so
 * `page_size`, `pageSize` and `PageSize` are one name for role detection; consistency
 * checks compare names as written.
 */
import { isRecord, type ParsedDocument } from '../../../../document/index.js';
import { pathSegments } from './path-segments.js';
import { derefRecord } from './resolve.js';
import { successBody, type OperationView, type ParameterView } from './operation-view.js';

export const PAGINATION_ROLES = ['size', 'cursor', 'offset', 'page'] as const;
export type PaginationRole = (typeof PAGINATION_ROLES)[number];
export type PaginationNames = Readonly<Record<PaginationRole, readonly string[]>>;

/** Default names per role (normalised form). */
export const DEFAULT_PAGINATION_NAMES: PaginationNames = {
  size: ['limit', 'pagesize', 'perpage', 'maxresults', 'pagelimit', 'top', 'size', 'count', 'first'],
  cursor: [
    'cursor',
    'pagetoken',
    'nexttoken',
    'continuationtoken',
    'continue',
    'marker',
    'startingafter',
    'after',
    'pagecursor',
    'starttoken',
  ],
  offset: ['offset', 'skip', 'start', 'startindex'],
  page: ['page', 'pagenumber', 'pageindex'],
};

/** Top-level properties of a list envelope that hold the items (`{ data: [...] }`). */
export const DEFAULT_ENVELOPE_PROPERTIES: readonly string[] = [
  'data',
  'items',
  'entries',
  'results',
  'records',
  'values',
  'elements',
  'objects',
  'list',
];

export const PAGINATION_NAMES_SCHEMA = {
  type: 'object',
  description: 'Parameter names (normalised: lower case without `_`, `-`, `$`, `.`) per pagination role.',
  properties: Object.fromEntries(
    PAGINATION_ROLES.map((role) => [role, { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true }]),
  ),
  additionalProperties: false,
} as const;

const normalized = new Map<string, string>();

export function normalizeName(name: string): string {
  let normal = normalized.get(name);
  if (normal === undefined) {
    normal = name.toLowerCase().replace(/[-_$.]/g, '');
    if (normalized.size > 50_000) normalized.clear();
    normalized.set(name, normal);
  }
  return normal;
}

export function roleOf(name: string, names: Partial<PaginationNames>): PaginationRole | undefined {
  const normal = normalizeName(name);
  for (const role of PAGINATION_ROLES) {
    const list = names[role] ?? DEFAULT_PAGINATION_NAMES[role];
    if (list.includes(normal)) return role;
  }
  return undefined;
}

/** Query parameters of an operation that play a pagination role. */
export function paginationParameters(
  view: OperationView,
  names: Partial<PaginationNames>,
): { readonly parameter: ParameterView; readonly role: PaginationRole }[] {
  const found: { parameter: ParameterView; role: PaginationRole }[] = [];
  for (const parameter of view.parameters) {
    if (parameter.in !== 'query') continue;
    const role = roleOf(parameter.name, names);
    if (role !== undefined) found.push({ parameter, role });
  }
  return found;
}

export interface ListShape {
  /** The response schema (resolved). */
  readonly schema: Record<string, unknown>;
  /** `array` for a bare JSON array, else the envelope property holding the items. */
  readonly itemsIn: string;
  readonly headers: Record<string, unknown>;
}

function isArraySchema(schema: Record<string, unknown>): boolean {
  const type = schema['type'];
  return type === 'array' || (Array.isArray(type) && type.includes('array')) || (type === undefined && 'items' in schema);
}

/** Top-level properties of an object schema, `allOf` members merged (one level). */
export function objectProperties(
  document: ParsedDocument,
  schema: Record<string, unknown>,
  source: string = document.source,
): Map<string, Record<string, unknown>> {
  const properties = new Map<string, Record<string, unknown>>();
  const add = (from: Record<string, unknown>, fromSource: string): void => {
    const props = from['properties'];
    if (!isRecord(props)) return;
    for (const [name, raw] of Object.entries(props)) {
      const resolved = derefRecord(document, raw, fromSource);
      if (resolved !== undefined && !properties.has(name)) properties.set(name, resolved.value);
    }
  };
  add(schema, source);
  const allOf = schema['allOf'];
  if (Array.isArray(allOf)) {
    for (const member of allOf) {
      const resolved = derefRecord(document, member, source);
      if (resolved !== undefined) add(resolved.value, resolved.source);
    }
  }
  return properties;
}

/**
 * A list operation: GET on a collection (the last path segment is not a parameter) whose
 * success response is a JSON array, or an object whose items sit in an envelope property.
 */
export function listShape(document: ParsedDocument, view: OperationView, envelope: readonly string[]): ListShape | undefined {
  if (view.entry.method !== 'get') return undefined;
  // Two rules ask for every GET operation; the answer depends only on the envelope names.
  const key = envelope.join('\u0000');
  const byEnvelope = shapes.get(view) ?? new Map<string, ListShape | undefined>();
  shapes.set(view, byEnvelope);
  if (byEnvelope.has(key)) return byEnvelope.get(key);
  const shape = computeListShape(document, view, envelope);
  byEnvelope.set(key, shape);
  return shape;
}

const shapes = new WeakMap<OperationView, Map<string, ListShape | undefined>>();

function computeListShape(document: ParsedDocument, view: OperationView, envelope: readonly string[]): ListShape | undefined {
  const segments = pathSegments(view.entry.pathKey);
  const last = segments[segments.length - 1];
  if (last === undefined || last.isParameter) return undefined;
  const success = successBody(document, view);
  if (success?.body.schema === undefined) return undefined;
  const schema = success.body.schema;
  const headers = isRecord(success.response.value['headers']) ? success.response.value['headers'] : {};
  if (isArraySchema(schema)) return { schema, itemsIn: 'array', headers };
  const properties = objectProperties(document, schema);
  for (const name of envelope) {
    const property = properties.get(name);
    if (property !== undefined && isArraySchema(property)) return { schema, itemsIn: name, headers };
  }
  return undefined;
}
