import { describe, expect, it } from 'vitest';
import { createResponseCache } from './response-cache.js';

const answer = (body: string) => ({ body, etag: `"${body}"` });

describe('the response cache', () => {
  it('answers from the cache while the version holds, and empties when it moves', () => {
    let version = 1;
    const cache = createResponseCache(() => version);
    const at = cache.version();
    cache.set('service/a', at, answer('a'));
    expect(cache.get('service/a')).toEqual(answer('a'));
    version = 2;
    expect(cache.get('service/a')).toBeUndefined();
    version = 1;
    expect(cache.get('service/a')).toBeUndefined();
  });

  it('does not keep an answer computed before a change', () => {
    let version = 1;
    const cache = createResponseCache(() => version);
    const at = cache.version();
    version = 2; // a write committed while the answer was being read
    cache.set('service/a', at, answer('old'));
    expect(cache.get('service/a')).toBeUndefined();
  });

  it('keeps at most its capacity, dropping the oldest', () => {
    const cache = createResponseCache(() => 1, 2);
    for (const key of ['a', 'b', 'c']) cache.set(key, cache.version(), answer(key));
    expect(cache.get('a')).toBeUndefined();
    expect(cache.get('b')).toEqual(answer('b'));
    expect(cache.get('c')).toEqual(answer('c'));
  });

  it('keeps nothing without a version to check against', () => {
    const cache = createResponseCache(undefined);
    cache.set('a', cache.version(), answer('a'));
    expect(cache.version()).toBeUndefined();
    expect(cache.get('a')).toBeUndefined();
  });
});
