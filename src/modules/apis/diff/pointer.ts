import { parsePointer, toPointer } from '../document/pointer.js';

/**
 * JSON pointers written with a leading `#` as in `$ref`s; encoding and decoding are the
 * shared document model's (RFC 6901, URI-encoded fragments allowed).
 */
export function childPointer(parent: string, key: string | number): string {
  // The common case needs no escaping: skip the shared encoder's array and replaceAll calls
  // (views build a pointer for every parameter, response and media type).
  if (typeof key === 'number') return `${parent}/${String(key)}`;
  return key.includes('~') || key.includes('/') ? `${parent}${toPointer([key])}` : `${parent}/${key}`;
}

export function pointerTokens(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return (parsePointer(body) ?? []).map(String);
}
