/**
 * Cursor pagination: `?limit=` (default 50, max 500) and an opaque `?cursor=`, answered as
 * `{ items, nextCursor }`. Stores fetch `limit + 1` rows ordered by a unique key greater
 * than the cursor's, which gives a stable order without gaps or duplicates under writes.
 */
import { Type, type TSchema } from 'typebox';
import { BadRequestError } from '../errors.js';

export const DEFAULT_LIMIT = 50;
export const MAX_LIMIT = 500;

export const PageQuery = {
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT, description: 'Page size.' })),
  cursor: Type.Optional(Type.String({ maxLength: 1024, description: 'The `nextCursor` of the previous page.' })),
};

export function pageSchema<T extends TSchema>(item: T) {
  return Type.Object({
    items: Type.Array(item),
    nextCursor: Type.Union([Type.String(), Type.Null()], { description: 'Pass as `cursor` for the next page; null on the last.' }),
  });
}

export interface PageRequest {
  readonly limit: number;
  /** The sort key of the last item of the previous page. */
  readonly after: string | undefined;
}

export interface Page<T> {
  readonly items: T[];
  readonly nextCursor: string | null;
}

export function encodeCursor(key: string): string {
  return Buffer.from(JSON.stringify({ k: key }), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): string {
  try {
    const parsed: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (typeof parsed === 'object' && parsed !== null && 'k' in parsed && typeof parsed.k === 'string') return parsed.k;
  } catch {
    // fall through to the error below
  }
  throw new BadRequestError('The cursor is not one this server issued.', {
    type: 'invalid-cursor',
    errors: [{ field: 'querystring/cursor', message: 'is not a valid cursor' }],
  });
}

export function readPage(query: { limit?: number | undefined; cursor?: string | undefined }): PageRequest {
  const limit = Math.min(Math.max(query.limit ?? DEFAULT_LIMIT, 1), MAX_LIMIT);
  return { limit, after: query.cursor === undefined || query.cursor === '' ? undefined : decodeCursor(query.cursor) };
}

/** Cuts the `limit + 1` rows a store fetched into a page and its next cursor. */
export function toPage<R, T>(rows: readonly R[], limit: number, keyOf: (row: R) => string, map: (row: R) => T): Page<T> {
  const hasMore = rows.length > limit;
  const kept = hasMore ? rows.slice(0, limit) : rows;
  const last = kept[kept.length - 1];
  return { items: kept.map(map), nextCursor: hasMore && last !== undefined ? encodeCursor(keyOf(last)) : null };
}
