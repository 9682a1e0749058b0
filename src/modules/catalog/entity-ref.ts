/**
 * Backstage entity references: `[kind:][namespace/]name`. Kind and namespace are optional
 * and filled from the context (the field's default kind, the referring entity's namespace,
 * as Backstage's own processors do). Comparison is case-insensitive, so refs are lower-cased.
 */
export interface EntityRef {
  kind: string;
  namespace: string;
  name: string;
}

export const DEFAULT_NAMESPACE = 'default';

export interface RefDefaults {
  /** Kind used when the reference has none; undefined when the field requires one. */
  kind?: string;
  namespace: string;
}

export type RefParse = { ok: true; ref: EntityRef } | { ok: false; message: string };

export function parseEntityRef(input: string, defaults: RefDefaults): RefParse {
  const text = input.trim();
  if (text === '') return { ok: false, message: 'empty entity reference' };
  const colon = text.indexOf(':');
  const kind = colon >= 0 ? text.slice(0, colon) : defaults.kind;
  const rest = colon >= 0 ? text.slice(colon + 1) : text;
  const slash = rest.indexOf('/');
  const namespace = slash >= 0 ? rest.slice(0, slash) : defaults.namespace;
  const name = slash >= 0 ? rest.slice(slash + 1) : rest;
  if (kind === undefined || kind === '') return { ok: false, message: `entity reference "${text}" needs a kind (kind:name)` };
  if (namespace === '' || name === '' || name.includes('/') || name.includes(':')) {
    return { ok: false, message: `"${text}" is not an entity reference of the form [kind:][namespace/]name` };
  }
  return { ok: true, ref: { kind: kind.toLowerCase(), namespace: namespace.toLowerCase(), name: name.toLowerCase() } };
}

export function formatEntityRef(ref: EntityRef): string {
  return `${ref.kind}:${ref.namespace}/${ref.name}`;
}

/** The shortest form that parses back to `ref` under `defaults`. */
export function shortEntityRef(ref: EntityRef, defaults: RefDefaults): string {
  const ns = ref.namespace === defaults.namespace ? '' : `${ref.namespace}/`;
  const kind = ref.kind === defaults.kind ? '' : `${ref.kind}:`;
  return `${kind}${ns}${ref.name}`;
}
