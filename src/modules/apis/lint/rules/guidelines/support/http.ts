/** HTTP facts the rules share. */
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

/** `2xx`-ish response keys: `200`, `2XX`. */
export function isSuccessCode(code: string): boolean {
  return /^2(?:\d\d|XX)$/i.test(code);
}

export function isClientErrorCode(code: string): boolean {
  return /^4(?:\d\d|XX)$/i.test(code);
}

export function isServerErrorCode(code: string): boolean {
  return /^5(?:\d\d|XX)$/i.test(code);
}

export function isErrorCode(code: string): boolean {
  return isClientErrorCode(code) || isServerErrorCode(code) || code === 'default';
}

/** Media types whose bodies are JSON (`application/json`, `application/problem+json`, ...). */
export function isJsonMediaType(mediaType: string): boolean {
  const base = (mediaType.split(';')[0] ?? '').trim().toLowerCase();
  return base === 'application/json' || base.endsWith('+json') || base === '*/*' || base === 'application/*';
}
