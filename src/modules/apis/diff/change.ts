/** The result types of the breaking-change engine: plain data, serialisable as JSON. */

export type Level = 'breaking' | 'warning' | 'info';

export const LEVELS: readonly Level[] = ['breaking', 'warning', 'info'];

/** Higher is more severe; used for sorting and for `--fail-on`. */
export function levelRank(level: Level): number {
  return level === 'breaking' ? 2 : level === 'warning' ? 1 : 0;
}

/** Where a change sits in one of the two documents. */
export interface Location {
  /** JSON pointer into the document, e.g. `#/paths/~1pets/get/parameters/0`. */
  readonly pointer: string;
  /** 1-based line of that node, when known. */
  readonly line?: number;
}

export interface OperationRef {
  /** Upper-case HTTP method. */
  readonly method: string;
  /** The path template as written in the document that still has it (head, else base). */
  readonly path: string;
}

export interface Change {
  /** Stable check id, e.g. `request-parameter-became-required`. */
  readonly id: string;
  readonly level: Level;
  /** A sentence a person understands, naming the thing that changed. */
  readonly message: string;
  /** The affected operation; absent for document-wide changes (servers, components). */
  readonly operation?: OperationRef;
  /** Location in the base document (absent when the thing is new). */
  readonly base?: Location;
  /** Location in the head document (absent when the thing is gone and had no parent). */
  readonly head?: Location;
  /**
   * Set when the change lies inside a shared component (`#/components/...`,
   * `#/definitions/...`): the component's pointer, used to group per-operation reports.
   */
  readonly component?: string;
  /**
   * Set (above 1) when the same change inside a shared component reaches this operation at
   * several places (several responses, nested properties): the change is reported once per
   * operation and `message` names the first place.
   */
  readonly occurrences?: number;
}

/** ` (at 3 places in this operation)` for a folded change, else an empty string. */
export function occurrencesNote(change: Change): string {
  return change.occurrences !== undefined && change.occurrences > 1 ? ` (at ${String(change.occurrences)} places in this operation)` : '';
}

/** One change inside a shared component, reported for several operations. */
export interface ComponentGroup {
  readonly id: string;
  readonly level: Level;
  readonly component: string;
  /** The message of the first occurrence. */
  readonly message: string;
  readonly operations: readonly OperationRef[];
}

export interface DiffSummary {
  readonly breaking: number;
  readonly warning: number;
  readonly info: number;
  /** Changes inside shared components that affect more than one operation. */
  readonly components: readonly ComponentGroup[];
}

export interface DiffResult {
  readonly changes: readonly Change[];
  readonly summary: DiffSummary;
}
