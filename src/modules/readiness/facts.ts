/**
 * The fact model: named, typed values about a service. Modules contribute facts through
 * providers (catalog now; apis, architecture, reliability later). A provider owns one
 * namespace, so expressions read `service.tier`, `apis.lintErrors`, `architecture.adrCount`.
 * Pure declarations, no I/O: how a provider gathers its values lives with the provider.
 */

/** The CEL types a fact may have. Ints are CEL `int` (JavaScript bigint at evaluation). */
export const FACT_TYPES = ['bool', 'int', 'double', 'string', 'list<string>'] as const;
export type FactType = (typeof FACT_TYPES)[number];

export interface FactDefinition {
  /** Field name inside the provider's namespace: `tier` for `service.tier`. */
  readonly name: string;
  readonly type: FactType;
  /** What the fact means, shown by the UI and the docs. */
  readonly description: string;
  /** Where a person fixes this fact (a hint with `{service}` replaced by the service name). */
  readonly fixHint?: string;
  /** The API path or URL where it is fixed, `{service}` replaced likewise. */
  readonly fixLink?: string;
}

export interface FactNamespace {
  /** The CEL variable: a lower-case identifier (`service`, `apis`, `architecture`). */
  readonly namespace: string;
  readonly description: string;
  readonly facts: FactDefinition[];
}

/** A raw fact value as providers produce it; null/undefined means "missing". */
export type FactValue = boolean | number | string | string[] | null | undefined;

/** Facts of one namespace for one service. */
export type FactValues = Readonly<Record<string, FactValue>>;

/** Everything known about one service: its name, owning team and facts per namespace. */
export interface Subject {
  readonly service: string;
  /** The owning team (for rollups), null when the service has no owner. */
  readonly team: string | null;
  readonly facts: Readonly<Record<string, FactValues>>;
}

/**
 * A module's fact source: its declarations plus a function that gathers values for many
 * services at once (batch, so a report over 10,000 services is a few queries, not 10,000).
 * It also receives the catalog's facts of those services (namespace `service`), so a
 * provider can relate a service to its system or owner without asking the catalog again.
 * Services it knows nothing about may be left out of the map (their facts are missing).
 */
export interface FactProvider extends FactNamespace {
  readonly collect: (services: string[], catalog: ReadonlyMap<string, FactValues>) => Promise<ReadonlyMap<string, FactValues>>;
}

const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

export function isFactIdentifier(value: string): boolean {
  return IDENTIFIER.test(value);
}

/** `service.tier` for namespace `service`, fact `tier`. */
export function factKey(namespace: string, name: string): string {
  return `${namespace}.${name}`;
}
