import { parsePointer, toPointer } from '../document/pointer.js';

/**
 * JSON pointers written with a leading `#` as in `$ref`s; encoding and decoding are the
 * shared document model's (RFC 6901, URI-encoded fragments allowed).
 */
export function childPointer(parent: string, key: string | number): string {
  return `${parent}${toPointer([key])}`;
}

export function pointerTokens(pointer: string): string[] {
  const body = pointer.startsWith('#') ? pointer.slice(1) : pointer;
  return (parsePointer(body) ?? []).map(String);
}
