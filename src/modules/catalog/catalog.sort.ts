/**
 * Sorting of catalog lists (`?sort=tier`, `?sort=-updatedAt`) and the keyset cursors that
 * page through a sorted list. Pure: no database, no HTTP.
 *
 * Order: the sort key in the asked direction, empty (NULL) values last in either direction
 * (the same on SQLite and PostgreSQL: the store says `nulls last` explicitly), then the
 * unique name ascending as the tiebreaker. A cursor holds the last row's sort value and
 * name, and names its sort, so a cursor from another order is refused instead of skipping
 * or repeating rows.
 */
import { BadRequestError } from '../../platform/errors.js';
import { KINDS, type RestKind } from './catalog.kinds.js';

/** The columns a list can be sorted on (the catalog_entities columns). */
export type SortColumn = 'name' | 'owner' | 'container' | 'tier' | 'lifecycle' | 'created_at' | 'updated_at';

export interface SortSpec {
  /** As the client wrote it: `tier`, `-tier`. */
  readonly param: string;
  readonly column: SortColumn;
  readonly descending: boolean;
  /** Whether the column can be empty (then NULLs sort last). */
  readonly nullable: boolean;
  /** Whether the column holds integers (the cursor value must then be a number). */
  readonly numeric: boolean;
}

/** The default order: by name, ascending. Its cursors are the bare name, as they always were. */
export const DEFAULT_SORT: SortSpec = { param: 'name', column: 'name', descending: false, nullable: false, numeric: false };

interface FieldInfo {
  column: SortColumn;
  nullable: boolean;
  numeric: boolean;
}

/** The API field names a kind can be sorted by, and their columns. */
export function sortFields(kind: RestKind): ReadonlyMap<string, FieldInfo> {
  const info = KINDS[kind];
  const fields = new Map<string, FieldInfo>([['name', { column: 'name', nullable: false, numeric: false }]]);
  if (info.hasOwner) fields.set('owner', { column: 'owner', nullable: true, numeric: false });
  if (info.container) fields.set(info.container.field, { column: 'container', nullable: true, numeric: false });
  if (kind === 'service') fields.set('tier', { column: 'tier', nullable: true, numeric: true });
  if (kind === 'service' || kind === 'api') fields.set('lifecycle', { column: 'lifecycle', nullable: true, numeric: false });
  fields.set('createdAt', { column: 'created_at', nullable: false, numeric: false });
  fields.set('updatedAt', { column: 'updated_at', nullable: false, numeric: false });
  return fields;
}

/** Every accepted `sort` value of a kind: each field, then each field reversed. */
export function allowedSorts(kind: RestKind): string[] {
  const names = [...sortFields(kind).keys()];
  return [...names, ...names.map((n) => `-${n}`)];
}

/** Reads `?sort=`; absent or empty is the default order. Unknown values are a 400 listing the allowed ones. */
export function parseSort(kind: RestKind, value: string | undefined): SortSpec {
  if (value === undefined || value === '') return DEFAULT_SORT;
  const descending = value.startsWith('-');
  const field = sortFields(kind).get(descending ? value.slice(1) : value);
  if (!field) {
    const allowed = allowedSorts(kind);
    throw new BadRequestError(`Cannot sort ${KINDS[kind].plural} by "${value}"; use one of: ${allowed.join(', ')}.`, {
      type: 'invalid-sort',
      errors: [{ field: 'querystring/sort', message: `must be one of: ${allowed.join(', ')}` }],
    });
  }
  if (field.column === 'name' && !descending) return DEFAULT_SORT;
  return { param: value, column: field.column, descending, nullable: field.nullable, numeric: field.numeric };
}

/** Where the previous page ended: its last row's sort value and name. */
export interface SortCursor {
  readonly value: string | number | null;
  readonly name: string;
}

export function isDefaultSort(sort: SortSpec): boolean {
  return sort.column === 'name' && !sort.descending;
}

/** A row's cursor key; the default order keeps the bare name. */
export function cursorKey(sort: SortSpec, value: string | number | null, name: string): string {
  if (isDefaultSort(sort)) return name;
  return `\u0000${JSON.stringify([sort.param, value, name])}`;
}

function invalidCursor(reason: string): BadRequestError {
  return new BadRequestError(`The cursor is not one this server issued for this order: ${reason}.`, {
    type: 'invalid-cursor',
    errors: [{ field: 'querystring/cursor', message: reason }],
  });
}

/** Reads a decoded cursor key back for `sort`; a key from another order is a 400. */
export function readCursorKey(sort: SortSpec, key: string | undefined): SortCursor | undefined {
  if (key === undefined) return undefined;
  const sorted = key.startsWith('\u0000');
  if (isDefaultSort(sort)) {
    if (sorted) throw invalidCursor('it belongs to another sort order');
    return { value: key, name: key };
  }
  if (!sorted) throw invalidCursor(`it belongs to another sort order than ${sort.param}`);
  let parsed: unknown;
  try {
    parsed = JSON.parse(key.slice(1));
  } catch {
    throw invalidCursor('it is malformed');
  }
  if (!Array.isArray(parsed) || parsed.length !== 3) throw invalidCursor('it is malformed');
  const [param, value, name] = parsed as unknown[];
  if (param !== sort.param) throw invalidCursor(`it belongs to another sort order than ${sort.param}`);
  if (typeof name !== 'string') throw invalidCursor('it is malformed');
  const valueFits = value === null ? sort.nullable : sort.numeric ? typeof value === 'number' && Number.isInteger(value) : typeof value === 'string';
  if (!valueFits) throw invalidCursor('it is malformed');
  return { value: value as string | number | null, name };
}
