import type { Level } from './change.js';
import type { DocumentView, HeaderView, OperationView, ParameterView, RequestBodyView, ResponseView } from './document-view.js';
import type { SchemaView } from './schema-view.js';

/**
 * The shape of a breaking-change check (typescript-eslint style): `meta` describes it, the
 * function finds it. Each kind is called by the engine with the pair of things it is about,
 * so no check walks the document itself. Checks return findings (data) and never throw.
 */
export interface CheckMeta {
  /** Stable id, also the file name under `checks/`. */
  readonly id: string;
  readonly level: Level;
  /** One line for docs and SARIF rule descriptions. */
  readonly description: string;
  /**
   * Message template. `{{subject}}` names the thing checked (the request property, the
   * query parameter, the response header...); other `{{name}}`s come from the finding's args.
   */
  readonly message: string;
}

export interface Finding {
  readonly args?: Readonly<Record<string, string | number>>;
  /** Pointer of the node in the base document (defaults to the pair's base node). */
  readonly base?: string;
  /** Pointer of the node in the head document (defaults to the pair's head node). */
  readonly head?: string;
  /** For schema checks: the child property the finding is about (extends the subject). */
  readonly property?: string;
}

export type SchemaScope = 'request-body' | 'parameter' | 'response-body' | 'response-header';

export interface Pair<T> {
  readonly base: T | undefined;
  readonly head: T | undefined;
}

export interface EndpointPair extends Pair<OperationView> {
  /** True when the base operation's whole path is gone from head. */
  readonly pathRemoved: boolean;
  /** The moment against which sunset dates are judged. */
  readonly now: Date;
}

export type Check =
  | { readonly meta: CheckMeta; readonly kind: 'document'; readonly check: (base: DocumentView, head: DocumentView) => readonly Finding[] }
  | { readonly meta: CheckMeta; readonly kind: 'endpoint'; readonly check: (pair: EndpointPair) => readonly Finding[] }
  | { readonly meta: CheckMeta; readonly kind: 'operation'; readonly check: (base: OperationView, head: OperationView) => readonly Finding[] }
  | { readonly meta: CheckMeta; readonly kind: 'parameter'; readonly check: (pair: Pair<ParameterView>) => readonly Finding[] }
  | { readonly meta: CheckMeta; readonly kind: 'request-body'; readonly check: (pair: Pair<RequestBodyView>) => readonly Finding[] }
  | { readonly meta: CheckMeta; readonly kind: 'response'; readonly check: (pair: Pair<ResponseView>) => readonly Finding[] }
  | { readonly meta: CheckMeta; readonly kind: 'response-header'; readonly check: (pair: Pair<HeaderView>) => readonly Finding[] }
  | {
      readonly meta: CheckMeta;
      readonly kind: 'schema';
      readonly scopes: readonly SchemaScope[];
      readonly check: (base: SchemaView, head: SchemaView, scope: SchemaScope) => readonly Finding[];
    };

export type CheckKind = Check['kind'];
export type CheckOfKind<K extends CheckKind> = Extract<Check, { kind: K }>;

/** Fills a message template; unknown placeholders are left visible so tests catch them. */
export function renderMessage(template: string, vars: Readonly<Record<string, string | number>>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, key: string) => {
    const value = vars[key];
    return value === undefined ? whole : String(value);
  });
}
