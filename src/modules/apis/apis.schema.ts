/**
 * TypeBox schemas of the API registry (versions, lint results, changes, changelog,
 * release policy, deprecations, POST /lint) and their static types, which the web UI imports.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { RULESETS } from './apis.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' });
export const VERSION_PATTERN = '^[A-Za-z0-9][A-Za-z0-9._+-]{0,99}$';
const VersionLabel = Type.String({ pattern: VERSION_PATTERN, maxLength: 100, description: 'A version label, e.g. 2.1.0 (letters, digits, . _ + -).' });

export const ApiParams = Type.Object({ api: Type.String({ maxLength: 127 }) });
export const VersionParams = Type.Object({ api: Type.String({ maxLength: 127 }), version: Type.String({ maxLength: 100 }) });

export const LintCountsSchema = Type.Object({ error: Type.Integer(), warn: Type.Integer(), info: Type.Integer(), hint: Type.Integer() });
export const ChangeCountsSchema = Type.Object({ breaking: Type.Integer(), warning: Type.Integer(), info: Type.Integer() });

export const ApiVersionSchema = Type.Object(
  {
    api: Type.String(),
    version: Type.String(),
    gitRef: Nullable(Type.String()),
    openapiVersion: Type.String({ description: 'The `openapi` (or `swagger`) field of the document.' }),
    createdAt: Type.String(),
    createdBy: Type.String(),
    previousVersion: Nullable(Type.String()),
    lint: LintCountsSchema,
    changes: ChangeCountsSchema,
    forced: Type.Boolean(),
    forceReason: Nullable(Type.String()),
    operations: Type.Integer(),
    deprecatedOperations: Type.Integer(),
  },
);
export type ApiVersion = Static<typeof ApiVersionSchema>;

export const VersionCreateSchema = Type.Object(
  {
    version: VersionLabel,
    document: Type.String({ minLength: 1, description: 'The OpenAPI document text, YAML or JSON.' }),
    gitRef: Type.Optional(Type.String({ maxLength: 200 })),
    force: Type.Optional(Type.Boolean({ description: 'Store the version even if the release policy refuses it; needs a reason.' })),
    reason: Type.Optional(Type.String({ maxLength: 2000, description: 'Why the release policy is overridden (audited).' })),
  },
  { additionalProperties: false },
);
export type VersionCreate = Static<typeof VersionCreateSchema>;

const LocationSchema = Type.Object({ pointer: Type.String(), line: Type.Optional(Type.Integer()) });
const OperationRefSchema = Type.Object({ method: Type.String(), path: Type.String() });
export const ChangeSchema = Type.Object(
  {
    id: Type.String({ description: 'Stable check id, e.g. request-parameter-became-required.' }),
    level: Type.Enum(['breaking', 'warning', 'info']),
    message: Type.String(),
    operation: Type.Optional(OperationRefSchema),
    base: Type.Optional(LocationSchema),
    head: Type.Optional(LocationSchema),
    component: Type.Optional(Type.String()),
    occurrences: Type.Optional(Type.Integer({ minimum: 2, description: 'How many places in this operation the same shared-component change reaches (message names the first).' })),
  },
);
export const ViolationSchema = Type.Object({ ...ChangeSchema.properties, reason: Type.String({ description: 'Why the release policy refuses it.' }) });

export const ChangesSchema = Type.Object({
  base: Nullable(Type.String()),
  head: Type.String(),
  summary: ChangeCountsSchema,
  items: Type.Array(ChangeSchema),
});

const PositionSchema = Type.Object({ line: Type.Integer(), character: Type.Integer() });
export const FindingSchema = Type.Object(
  {
    code: Type.String(),
    message: Type.String(),
    path: Type.Array(Type.Union([Type.String(), Type.Integer()])),
    severity: Type.Integer({ minimum: 0, maximum: 3, description: '0 error, 1 warn, 2 info, 3 hint (like Spectral).' }),
    range: Type.Object({ start: PositionSchema, end: PositionSchema }, { description: '0-based.' }),
    source: Type.String(),
  },
);
export const LintResultSchema = Type.Object({ summary: LintCountsSchema, items: Type.Array(FindingSchema) });
export type LintResult = Static<typeof LintResultSchema>;

export const ChangelogSchema = Type.Object({
  items: Type.Array(
    Type.Object({ version: Type.String(), previousVersion: Nullable(Type.String()), createdAt: Type.String(), summary: ChangeCountsSchema, changes: Type.Array(ChangeSchema) }),
  ),
});
export type Changelog = Static<typeof ChangelogSchema>;
export const ChangelogQuery = Type.Object({
  format: Type.Optional(Type.Enum(['json', 'markdown'], { default: 'json' })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 500, default: 100, description: 'How many versions, newest first.' })),
});

export const ReleasePolicySchema = Type.Object(
  {
    requireMajorBumpForBreaking: Type.Boolean({ description: 'A breaking change needs a major version bump.' }),
    deprecationDays: Type.Integer({ minimum: 0, maximum: 3650, description: 'Days an operation must have been deprecated before it is removed or broken; 0 = none.' }),
    ruleset: Type.Enum([...RULESETS]),
  },
  { additionalProperties: false },
);
export const ReleasePolicyUpdateSchema = Type.Object(
  {
    requireMajorBumpForBreaking: Type.Boolean(),
    deprecationDays: Type.Integer({ minimum: 0, maximum: 3650 }),
    ruleset: Type.Optional(Type.Enum([...RULESETS], { default: 'groundwork:guidelines' })),
  },
  { additionalProperties: false },
);
export type ReleasePolicyUpdate = Static<typeof ReleasePolicyUpdateSchema>;

export const DeprecationSchema = Type.Object(
  {
    api: Type.String(),
    owner: Nullable(Type.String({ description: 'The owning team of the API (catalog).' })),
    method: Type.String(),
    path: Type.String(),
    operationId: Nullable(Type.String()),
    deprecated: Type.Boolean(),
    sunset: Nullable(Day),
    deprecatedSince: Nullable(Type.Object({ version: Type.String(), date: Day })),
    overdue: Type.Boolean({ description: 'The sunset has passed and the operation is still in the latest version.' }),
    consumers: Type.Array(Type.String(), { description: 'Services whose catalog entry consumes the API.' }),
  },
);
export type Deprecation = Static<typeof DeprecationSchema>;
export const DeprecationsQuery = Type.Object({
  before: Type.Optional(Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'Only sunsets before this day (YYYY-MM-DD).' })),
  api: Type.Optional(Type.String({ maxLength: 127 })),
  team: Type.Optional(Type.String({ maxLength: 140, description: 'Owning team of the API.' })),
});

export const MAX_LATEST_APIS = 500;
export const LatestVersionsQuery = Type.Object({
  api: Type.Optional(
    Type.Array(Type.String({ maxLength: 8000 }), {
      maxItems: MAX_LATEST_APIS,
      description: `Only these APIs: repeat the parameter or separate names with commas (at most ${String(MAX_LATEST_APIS)} names). APIs without a version, or unknown, are left out.`,
    }),
  ),
});
export const LatestVersionsSchema = Type.Object({
  items: Type.Array(ApiVersionSchema, { description: 'The latest version of each API that has one, by API name.' }),
});
export type LatestVersions = Static<typeof LatestVersionsSchema>;

export const LintQuery = Type.Object({ ruleset: Type.Optional(Type.Enum([...RULESETS], { default: 'groundwork:guidelines' })) });

export const ReanalysisSchema = Type.Object(
  {
    api: Type.String(),
    items: Type.Array(
      Type.Object({
        version: Type.String(),
        before: Type.Object({ lint: Type.Object({ error: Type.Integer(), warn: Type.Integer() }), changes: ChangeCountsSchema }),
        after: Type.Object({ lint: Type.Object({ error: Type.Integer(), warn: Type.Integer() }), changes: ChangeCountsSchema }),
      }),
    ),
  },
  { description: 'Each version of the API linted and diffed again by this server\'s engines, with the counts before and after.' },
);
export type Reanalysis = Static<typeof ReanalysisSchema>;
