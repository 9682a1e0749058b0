/**
 * Splitting an OpenAPI path template into segments. Pure string logic.
 */
export interface PathSegment {
  readonly text: string;
  /** True for a whole-segment template such as `{id}`. */
  readonly isParameter: boolean;
  /** True when the segment contains a template expression somewhere (`{id}.json`). */
  readonly hasTemplate: boolean;
  readonly index: number;
}

// Several rules split every path key (and list detection splits every GET path); the keys
// of one document are few and repeat, so the split is memoised.
const cache = new Map<string, readonly PathSegment[]>();

export function pathSegments(path: string): readonly PathSegment[] {
  const known = cache.get(path);
  if (known !== undefined) return known;
  const segments = split(path);
  if (cache.size > 50_000) cache.clear();
  cache.set(path, segments);
  return segments;
}

function split(path: string): PathSegment[] {
  return path
    .split('/')
    .filter((text) => text.length > 0)
    .map((text, index) => ({
      text,
      index,
      isParameter: /^\{[^{}]+\}$/.test(text),
      hasTemplate: text.includes('{'),
    }));
}

/**
 * A version segment: `v1`, `v10`, `v1beta1`, `v2alpha3`, `1.0`, `2.0`, or a date version
 * `2010-04-01`.
 */
export function isVersionSegment(segment: string): boolean {
  return (
    /^v\d+(?:(?:alpha|beta|rc)\d*)?$/i.test(segment) ||
    /^v?\d+\.\d+(?:\.\d+)?$/.test(segment) ||
    /^\d{4}-\d{2}-\d{2}$/.test(segment)
  );
}
