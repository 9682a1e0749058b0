/**
 * TypeBox schemas of the catalog API (they validate requests, serialise responses and
 * generate /api/v1/openapi.json) and their static types, which the web UI imports.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { ARCHITECTURES, DEPENDENCY_KINDS, LIFECYCLES, SLUG_PATTERN, TARGET_KINDS, TIERS } from './catalog.js';

/**
 * `T | null` as a JSON Schema type array (`type: ['string', 'null']`) rather than `anyOf`:
 * valid OpenAPI 3.1, and fast-json-stringify serialises it with a typeof check instead of
 * running a validator per field and response (it was most of a GET's serialisation time).
 */
function Nullable<T extends TSchema>(schema: T) {
  const json: Record<string, unknown> = Object.fromEntries(Object.entries(schema));
  const values: unknown[] | undefined = Array.isArray(json.enum) ? json.enum : undefined;
  const enumType = values
    ? values.every((v) => typeof v === 'string')
      ? 'string'
      : values.every((v) => Number.isInteger(v))
        ? 'integer'
        : undefined
    : undefined;
  const type = json.type ?? enumType;
  if (typeof type !== 'string') return Type.Union([schema, Type.Null()]);
  return Type.Unsafe<Static<T> | null>({ ...json, type: [type, 'null'], ...(values ? { enum: [...values, null] } : {}) });
}
const Text = (maxLength = 2000, description?: string) => Type.String({ maxLength, ...(description ? { description } : {}) });

export const NameSchema = Type.String({
  pattern: SLUG_PATTERN,
  maxLength: 63,
  description: 'Unique slug: 1–63 of a-z 0-9 . _ -, starting and ending alphanumeric.',
});
/** People are keyed `name` or `namespace/name` (Backstage users outside the default namespace). */
const PersonNameSchema = Type.String({ minLength: 1, maxLength: 127 });

export const LinkSchema = Type.Object(
  { url: Text(2000), title: Type.Optional(Text(200)), icon: Type.Optional(Text(100)), type: Type.Optional(Text(100)) },
  { additionalProperties: false },
);
const StringMap = Type.Record(Type.String(), Type.String());
const Bag = Type.Record(Type.String(), Type.Unknown());

export const ExtraSchema = Type.Object(
  {
    namespace: Type.Optional(Type.String()),
    apiVersion: Type.Optional(Type.String()),
    metadata: Type.Optional(Bag),
    spec: Type.Optional(Bag),
  },
  { description: 'Backstage fields Groundwork has no column for, kept for export.' },
);

export const UnresolvedSchema = Type.Object({
  field: Type.String(),
  ref: Type.String(),
});

const commonRead = {
  name: Type.String(),
  title: Nullable(Type.String()),
  description: Nullable(Type.String()),
  tags: Type.Array(Type.String()),
  links: Type.Array(LinkSchema),
  annotations: StringMap,
  labels: StringMap,
  extra: ExtraSchema,
  unresolved: Type.Array(UnresolvedSchema, { description: 'References to entities the catalog does not hold (yet).' }),
  createdAt: Type.String({ format: 'date-time' }),
  updatedAt: Type.String({ format: 'date-time' }),
};

const commonWrite = {
  title: Type.Optional(Nullable(Text(200))),
  description: Type.Optional(Nullable(Text(4000))),
  tags: Type.Optional(Type.Array(Type.String({ minLength: 1, maxLength: 63 }), { maxItems: 50 })),
  links: Type.Optional(Type.Array(LinkSchema, { maxItems: 50 })),
  annotations: Type.Optional(StringMap),
  labels: Type.Optional(StringMap),
};

const OwnerSchema = Nullable(Type.String({ maxLength: 140, description: 'A team name, or user:<person>.' }));
const RefSchema = Nullable(Type.String({ maxLength: 140 }));
const TierSchema = Nullable(Type.Enum([...TIERS], { description: '1 = most critical … 4' }));
const LifecycleSchema = Nullable(Type.Enum([...LIFECYCLES]));
const ArchitectureSchema = Nullable(Type.Enum([...ARCHITECTURES]));

// --- kind-specific fields -----------------------------------------------------------------

const teamFields = { type: RefSchema, email: Nullable(Text(320)), onCall: Nullable(Text(500)), parent: RefSchema };
const personFields = { email: Nullable(Text(320)), memberOf: Type.Array(Type.String({ maxLength: 63 }), { maxItems: 100 }) };
const systemFields = { owner: OwnerSchema, domain: RefSchema };
const domainFields = { owner: OwnerSchema, parent: RefSchema };
const serviceFields = {
  owner: OwnerSchema,
  system: RefSchema,
  type: RefSchema,
  tier: TierSchema,
  lifecycle: LifecycleSchema,
  architecture: ArchitectureSchema,
  repository: Nullable(Text(2000)),
  runbook: Nullable(Text(2000)),
  dashboards: Type.Array(Text(2000), { maxItems: 50 }),
  onCall: Nullable(Text(500)),
  providesApis: Type.Array(Type.String({ maxLength: 63 }), { maxItems: 100 }),
};
const apiFields = { owner: OwnerSchema, system: RefSchema, type: RefSchema, lifecycle: RefSchema, definition: Nullable(Type.String({ maxLength: 5_000_000 })) };
const resourceFields = { owner: OwnerSchema, system: RefSchema, type: RefSchema };

type Fields = Record<string, TSchema>;

function kindSchemas<F extends Fields, R extends Fields>(id: string, fields: F, extraRead: R) {
  const writable = Type.Partial(Type.Object(fields)).properties;
  return {
    read: Type.Object({ ...commonRead, ...fields, ...extraRead }, { $id: id }),
    create: Type.Object({ name: id === 'Person' ? PersonNameSchema : NameSchema, ...commonWrite, ...writable }, { additionalProperties: false }),
    patch: Type.Object({ ...commonWrite, ...writable }, { additionalProperties: false, minProperties: 1 }),
  };
}

export const MemberSchema = Type.Object({ name: Type.String(), title: Nullable(Type.String()), email: Nullable(Type.String()) });

export const TeamSchemas = kindSchemas('Team', teamFields, {
  members: Type.Optional(Type.Array(MemberSchema, { description: 'People whose memberOf names this team (single reads only).' })),
});
export const PersonSchemas = kindSchemas('Person', personFields, {});
export const SystemSchemas = kindSchemas('System', systemFields, {});
export const DomainSchemas = kindSchemas('Domain', domainFields, {});
export const ServiceSchemas = kindSchemas('Service', serviceFields, {});
export const ApiSchemas = kindSchemas('Api', apiFields, {});
export const ResourceSchemas = kindSchemas('Resource', resourceFields, {});

export type TeamResponse = Static<typeof TeamSchemas.read>;
export type TeamCreate = Static<typeof TeamSchemas.create>;
export type TeamPatch = Static<typeof TeamSchemas.patch>;
export type PersonResponse = Static<typeof PersonSchemas.read>;
export type SystemResponse = Static<typeof SystemSchemas.read>;
export type SystemCreate = Static<typeof SystemSchemas.create>;
export type SystemPatch = Static<typeof SystemSchemas.patch>;
export type DomainResponse = Static<typeof DomainSchemas.read>;
export type ServiceResponse = Static<typeof ServiceSchemas.read>;
export type ServiceCreate = Static<typeof ServiceSchemas.create>;
export type ServicePatch = Static<typeof ServiceSchemas.patch>;
export type ApiResponse = Static<typeof ApiSchemas.read>;
export type ApiCreate = Static<typeof ApiSchemas.create>;
export type ResourceResponse = Static<typeof ResourceSchemas.read>;
export type ResourceCreate = Static<typeof ResourceSchemas.create>;

// --- queries ------------------------------------------------------------------------------

export const ListFiltersQuery = {
  owner: Type.Optional(Type.String({ maxLength: 140, description: 'Owner team (or user:<person>).' })),
  system: Type.Optional(Type.String({ maxLength: 63, description: 'System (services, APIs, resources); domain for systems; parent for teams and domains.' })),
  tier: Type.Optional(Type.Integer({ minimum: 1, maximum: 4 })),
  lifecycle: Type.Optional(Type.String({ maxLength: 63 })),
  tag: Type.Optional(Type.String({ maxLength: 63 })),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Substring of the name or title, case-insensitive.' })),
};

export const NameParams = Type.Object({ name: Type.String({ maxLength: 127 }) });
export const DeleteQuery = Type.Object({
  force: Type.Optional(Type.Boolean({ default: false, description: 'Delete even while others depend on it; their edges to it are removed.' })),
});

// --- dependencies -------------------------------------------------------------------------

export const DependencySchema = Type.Object(
  {
    source: Type.String({ description: 'The depending service.' }),
    targetKind: Type.Enum([...TARGET_KINDS]),
    target: Type.String(),
    kind: Type.Enum([...DEPENDENCY_KINDS], { description: 'sync call, async message or data store' }),
    targetKnown: Type.Boolean({ description: 'False while the target is an unresolved reference.' }),
    createdAt: Type.String({ format: 'date-time' }),
  },
  { $id: 'Dependency' },
);
export const DependencyCreateSchema = Type.Object(
  {
    source: NameSchema,
    targetKind: Type.Enum([...TARGET_KINDS]),
    target: NameSchema,
    kind: Type.Optional(Type.Enum([...DEPENDENCY_KINDS])),
  },
  { additionalProperties: false },
);
export const DependencyPatchSchema = Type.Object({ kind: Type.Enum([...DEPENDENCY_KINDS]) }, { additionalProperties: false });
export const DependencyParams = Type.Object({
  source: Type.String({ maxLength: 63 }),
  targetKind: Type.Enum([...TARGET_KINDS]),
  target: Type.String({ maxLength: 63 }),
});
export const DependencyQuery = {
  source: Type.Optional(Type.String({ maxLength: 63 })),
  targetKind: Type.Optional(Type.Enum([...TARGET_KINDS])),
  target: Type.Optional(Type.String({ maxLength: 63 })),
};
export type DependencyResponse = Static<typeof DependencySchema>;
export type DependencyCreate = Static<typeof DependencyCreateSchema>;

// --- import / export / search / graph -----------------------------------------------------

export const ImportIssueSchema = Type.Object({
  code: Type.String(),
  message: Type.String(),
  entity: Type.Optional(Type.String()),
  file: Type.Optional(Type.String()),
  document: Type.Optional(Type.Integer({ description: '0-based index of the YAML document (or JSON array item).' })),
  line: Type.Optional(Type.Integer({ description: '1-based line.' })),
});
export const ImportResultSchema = Type.Object(
  {
    dryRun: Type.Boolean(),
    created: Type.Integer(),
    updated: Type.Integer(),
    unchanged: Type.Integer(),
    entities: Type.Array(Type.Object({ kind: Type.String(), name: Type.String(), action: Type.Enum(['created', 'updated', 'unchanged']) })),
    skipped: Type.Array(ImportIssueSchema),
    warnings: Type.Array(ImportIssueSchema),
    errors: Type.Array(ImportIssueSchema),
  },
  { $id: 'ImportResult' },
);
export type ImportResult = Static<typeof ImportResultSchema>;
export type ImportIssueResponse = Static<typeof ImportIssueSchema>;

export const SearchHitSchema = Type.Object({ kind: Type.Enum(['service', 'team', 'system']), name: Type.String(), title: Nullable(Type.String()) });
export const SearchResultSchema = Type.Object({ items: Type.Array(SearchHitSchema) });
export type SearchResult = Static<typeof SearchResultSchema>;

export const GraphNodeSchema = Type.Object({
  kind: Type.Enum([...TARGET_KINDS]),
  name: Type.String(),
  title: Nullable(Type.String()),
  known: Type.Boolean({ description: 'False for unresolved references.' }),
  depth: Type.Integer({ description: 'Hops from the root service.' }),
});
export const GraphEdgeSchema = Type.Object({
  source: Type.String(),
  targetKind: Type.Enum([...TARGET_KINDS]),
  target: Type.String(),
  kind: Type.Enum([...DEPENDENCY_KINDS]),
});
export const GraphSchema = Type.Object({
  root: Type.String(),
  depth: Type.Integer(),
  nodes: Type.Array(GraphNodeSchema),
  edges: Type.Array(GraphEdgeSchema),
});
export type Graph = Static<typeof GraphSchema>;
export const GraphQuery = Type.Object({ depth: Type.Optional(Type.Integer({ minimum: 1, maximum: 5, default: 2 })) });
