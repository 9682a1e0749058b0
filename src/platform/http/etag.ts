/**
 * Entity tags for optimistic concurrency (`ETag` on reads, `If-Match` on PATCH/DELETE) and
 * for conditional reads (`If-None-Match` answered 304).
 */
import { createHash } from 'node:crypto';
import type { FastifyRequest } from 'fastify';
import { PreconditionFailedError } from '../errors.js';

export function etagOf(value: unknown): string {
  return `"${createHash('sha1').update(JSON.stringify(value)).digest('base64url')}"`;
}

/** Throws 412 when the request carries an `If-Match` that names another version. */
export function assertIfMatch(request: FastifyRequest, currentEtag: string): void {
  const header = request.headers['if-match'];
  if (header === undefined) return;
  const candidates = header.split(',').map((t) => t.trim().replace(/^W\//, ''));
  if (candidates.includes('*') || candidates.includes(currentEtag)) return;
  throw new PreconditionFailedError('The resource has changed since you read it (If-Match does not match its ETag); read it again and retry.');
}

/**
 * Whether a GET's `If-None-Match` names the current version (weak comparison, RFC 9110
 * 13.1.2): the answer is then 304 without a body.
 */
export function ifNoneMatchHolds(request: FastifyRequest, currentEtag: string): boolean {
  const header = request.headers['if-none-match'];
  if (header === undefined) return false;
  if (header.trim() === '*') return true;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === currentEtag);
}
