/**
 * Name casing classification shared by the naming rules. Pure string logic.
 *
 * A single lowercase word (`name`, `id2`) is both valid camelCase and valid snake_case, so it
 * is `neutral` and never counts towards or against either style.
 */
export type PropertyCasing = 'camelCase' | 'snake_case' | 'neutral' | 'other';

const NEUTRAL = /^[a-z][a-z0-9]*$/;
const CAMEL = /^[a-z][a-z0-9]*(?:[A-Z][a-z0-9]*)+$/;
// Allows a run of capitals inside a camelCase name (`userID`, `httpURL`), which many
// well-kept APIs use; what matters for consistency is "no separators, lower first".
const CAMEL_LOOSE = /^[a-z][a-zA-Z0-9]*$/;
const SNAKE = /^[a-z][a-z0-9]*(?:_[a-z0-9]+)+$/;

export function classifyCasing(name: string): PropertyCasing {
  if (NEUTRAL.test(name)) return 'neutral';
  if (CAMEL.test(name) || CAMEL_LOOSE.test(name)) return 'camelCase';
  if (SNAKE.test(name)) return 'snake_case';
  return 'other';
}

export function isCamelCase(name: string): boolean {
  return CAMEL_LOOSE.test(name);
}

const KEBAB_SEGMENT = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A literal (non-template) path segment in kebab-case: lowercase words joined by `-`. */
export function isKebabSegment(segment: string): boolean {
  return KEBAB_SEGMENT.test(segment);
}

/** Splits a name in any casing into lowercase words: `getUserById` → get, user, by, id. */
export function splitWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .split(/[\s_\-.]+/)
    .filter((word) => word.length > 0)
    .map((word) => word.toLowerCase());
}
