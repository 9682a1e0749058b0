/**
 * Following `$ref`s from inside a rule: the guideline rules run with `resolved: false`, so
 * they see the document as written (paths point at what the author wrote) and resolve only
 * the few nodes they need, through the document's cached resolver.
 */
import { isRecord, type JsonPath, type ParsedDocument } from '../../../../document/index.js';

export interface Located {
  readonly value: unknown;
  /** The file the value is in (needed to resolve relative refs inside it). */
  readonly source: string;
  /** Where a `$ref` led (inside `source`); undefined when the value was written inline. */
  readonly targetPath?: JsonPath;
}

/** The value itself, or the target of its `$ref` (chains followed); undefined if unresolvable. */
export function deref(document: ParsedDocument, value: unknown, source: string = document.source): Located | undefined {
  if (!isRecord(value)) return { value, source };
  const ref = value['$ref'];
  if (typeof ref !== 'string') return { value, source };
  const resolution = document.resolveRef(ref, source);
  if (!resolution.ok) return undefined;
  return { value: resolution.target.value, source: resolution.target.source, targetPath: resolution.target.path };
}

/** Like `deref`, but only returns objects. */
export function derefRecord(
  document: ParsedDocument,
  value: unknown,
  source: string = document.source,
): (Located & { readonly value: Record<string, unknown> }) | undefined {
  const located = deref(document, value, source);
  if (located === undefined || !isRecord(located.value)) return undefined;
  return { ...located, value: located.value };
}

/**
 * Where to report a problem inside a node reached from `writtenPath`: the real location of a
 * `$ref` target in the root file (so a shared component is reported once, where it is
 * written), else the place the node is referenced from.
 */
export function reportPath(document: ParsedDocument, located: Located, writtenPath: JsonPath): JsonPath {
  if (located.targetPath !== undefined && located.source === document.source) return located.targetPath;
  return writtenPath;
}
