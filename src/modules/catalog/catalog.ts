/**
 * Catalog domain: the entities Groundwork keeps about a backend organisation and the pure
 * rules on them (slugs, enumerations, references). No I/O here.
 *
 * References between entities are stored by name, not as foreign keys: Backstage allows a
 * reference to an entity that does not exist (yet), and so do we. A reference "resolves"
 * as soon as an entity with that name exists; until then it is reported as unresolved.
 */

export const TIERS = [1, 2, 3, 4] as const;
export type Tier = (typeof TIERS)[number];

export const LIFECYCLES = ['experimental', 'production', 'deprecated'] as const;
export type Lifecycle = (typeof LIFECYCLES)[number];

export const ARCHITECTURES = ['monolith', 'service', 'function'] as const;
export type Architecture = (typeof ARCHITECTURES)[number];

/** sync = request/response call, async = message or event, data = data store access. */
export const DEPENDENCY_KINDS = ['sync', 'async', 'data'] as const;
export type DependencyKind = (typeof DEPENDENCY_KINDS)[number];

export const TARGET_KINDS = ['service', 'api', 'resource'] as const;
export type TargetKind = (typeof TARGET_KINDS)[number];

export interface Link {
  url: string;
  title?: string;
  icon?: string;
  type?: string;
}

/**
 * What a Backstage document carried that the catalog has no column for. Kept so that an
 * export re-creates it (Backstage plugins depend on such fields) and reported on import.
 */
export interface Extra {
  namespace?: string;
  apiVersion?: string;
  metadata?: Record<string, unknown>;
  spec?: Record<string, unknown>;
}

export interface EntityBase {
  name: string;
  title: string | null;
  description: string | null;
  tags: string[];
  links: Link[];
  annotations: Record<string, string>;
  labels: Record<string, string>;
  extra: Extra;
}

export interface Team extends EntityBase {
  /** Backstage group type: team, department, organization, ... */
  type: string | null;
  email: string | null;
  onCall: string | null;
  parent: string | null;
}

/** A Backstage User. Keyed by `name`, or `namespace/name` outside the default namespace. */
export interface Person extends EntityBase {
  email: string | null;
  memberOf: string[];
}

export interface System extends EntityBase {
  owner: string | null;
  domain: string | null;
}

export interface Domain extends EntityBase {
  owner: string | null;
  parent: string | null;
}

export interface Service extends EntityBase {
  /** A team name, or `user:<person>` when a person owns it (Backstage allows that). */
  owner: string | null;
  system: string | null;
  /** Backstage component type: service, website, library, ... */
  type: string | null;
  tier: Tier | null;
  lifecycle: Lifecycle | null;
  architecture: Architecture | null;
  repository: string | null;
  runbook: string | null;
  dashboards: string[];
  onCall: string | null;
  providesApis: string[];
}

export interface Api extends EntityBase {
  owner: string | null;
  system: string | null;
  type: string | null;
  lifecycle: string | null;
  definition: string | null;
}

export interface Resource extends EntityBase {
  owner: string | null;
  system: string | null;
  type: string | null;
}

export interface Dependency {
  source: string;
  targetKind: TargetKind;
  target: string;
  kind: DependencyKind;
}

/** An entity of a kind Groundwork does not model (Template, Location in files, custom kinds). */
export interface OtherEntity {
  /** `kind:namespace/name`, lower-case. */
  ref: string;
  kind: string;
  document: Record<string, unknown>;
}

/** The whole catalog, as import produces and export consumes it. */
export interface CatalogContent {
  teams: Team[];
  people: Person[];
  systems: System[];
  domains: Domain[];
  services: Service[];
  apis: Api[];
  resources: Resource[];
  dependencies: Dependency[];
  others: OtherEntity[];
}

export type EntityKind = 'team' | 'person' | 'system' | 'domain' | 'service' | 'api' | 'resource' | 'other';

// Backstage names: 1–63 characters [a-z0-9._-], starting and ending alphanumeric. Groundwork
// lower-cases them (Backstage compares names case-insensitively).
const SLUG = /^[a-z0-9](?:[a-z0-9._-]{0,61}[a-z0-9])?$/;

export function isSlug(value: string): boolean {
  return SLUG.test(value);
}

export const SLUG_PATTERN = SLUG.source;

export function isTier(value: unknown): value is Tier {
  return typeof value === 'number' && (TIERS as readonly number[]).includes(value);
}

export function isLifecycle(value: unknown): value is Lifecycle {
  return typeof value === 'string' && (LIFECYCLES as readonly string[]).includes(value);
}

export function isArchitecture(value: unknown): value is Architecture {
  return typeof value === 'string' && (ARCHITECTURES as readonly string[]).includes(value);
}

export function isDependencyKind(value: unknown): value is DependencyKind {
  return typeof value === 'string' && (DEPENDENCY_KINDS as readonly string[]).includes(value);
}

/** The default kind of a dependency edge by what it points at. */
export function defaultDependencyKind(targetKind: TargetKind): DependencyKind {
  return targetKind === 'resource' ? 'data' : 'sync';
}

/** `user:<name>` owners point at people; anything else names a team. */
export function ownerTarget(owner: string): { kind: 'team' | 'person'; name: string } {
  return owner.startsWith('user:') ? { kind: 'person', name: owner.slice(5) } : { kind: 'team', name: owner };
}

export function emptyBase(name: string): EntityBase {
  return { name, title: null, description: null, tags: [], links: [], annotations: {}, labels: {}, extra: {} };
}

export function emptyContent(): CatalogContent {
  return { teams: [], people: [], systems: [], domains: [], services: [], apis: [], resources: [], dependencies: [], others: [] };
}

export function dependencyKey(dep: Pick<Dependency, 'source' | 'targetKind' | 'target'>): string {
  return `${dep.source}->${dep.targetKind}:${dep.target}`;
}

/**
 * A canonical JSON text of a value with object keys sorted, so two equal entities compare
 * equal whatever order their fields were built in (import decides "unchanged" with it).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value));
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    const entries = Object.entries(value).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    for (const [key, v] of entries) if (v !== undefined) out[key] = sortKeys(v);
    return out;
  }
  return value;
}
