/**
 * What the engine compares: a parsed document plus a way to find the line of a node.
 * The engine never reads files; `load.ts` (I/O) builds a DiffSource from the shared
 * document model, tests build one from a plain object.
 */
export interface DiffSource {
  readonly data: unknown;
  /** 1-based line of the node at a JSON pointer (`#/paths/~1pets/get`), when known. */
  readonly lineOf: (pointer: string) => number | undefined;
  /**
   * Resolves a `$ref` (the shared document model's cached resolver, which also follows
   * relative file refs); when absent, local `#/...` refs are looked up in `data`.
   */
  readonly resolveRef?: (ref: string) => { readonly value: unknown; readonly pointer: string } | undefined;
}

/** A source without positions, for plain objects (tests, server-side uploads of JSON). */
export function plainSource(data: unknown): DiffSource {
  return { data, lineOf: () => undefined };
}
