/** TypeBox request and response schemas of the readiness API. */
import { Type, type Static, type TSchema } from 'typebox';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
// On the hot read path (a service's readiness: ~40 checks per scorecard) nullable values are
// declared with JSON Schema type arrays (valid in OpenAPI 3.1): fast-json-stringify serialises
// them by the value's type, where an anyOf runs a validator per value.
const NullableString = Type.Unsafe<string | null>({ type: ['string', 'null'] });
const nullableObject = <T extends TSchema>(schema: T) => Type.Unsafe<Static<T> | null>({ ...schema, type: ['object', 'null'] });
const SLUG = '^[a-z0-9](?:[a-z0-9._-]{0,61}[a-z0-9])?$';
const Slug = Type.String({ pattern: SLUG, minLength: 1, maxLength: 63 });
const Text = (max: number) => Type.String({ maxLength: max });
const Expression = Type.String({ minLength: 1, maxLength: 4000, description: 'A CEL condition over facts, e.g. `service.tier <= 2`.' });
const Level = Type.String({ minLength: 1, maxLength: 40 });

export const NameParams = Type.Object({ name: Slug });
export const CheckParams = Type.Object({ name: Slug, check: Slug });
export const IdParams = Type.Object({ id: Type.String({ minLength: 1, maxLength: 40 }) });

export const CheckInputSchema = Type.Object(
  {
    name: Slug,
    title: Text(200),
    description: Type.Optional(Text(2000)),
    level: Level,
    group: Type.Optional(Nullable(Text(100))),
    expression: Type.Optional(Expression),
    validForDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650, description: 'For an attestation check: days an attestation stays valid.' })),
  },
  { additionalProperties: false },
);

export const CheckPatchSchema = Type.Object(
  {
    title: Type.Optional(Text(200)),
    description: Type.Optional(Text(2000)),
    level: Type.Optional(Level),
    group: Type.Optional(Nullable(Text(100))),
    expression: Type.Optional(Expression),
    validForDays: Type.Optional(Type.Integer({ minimum: 1, maximum: 3650 })),
  },
  { additionalProperties: false },
);

export const ScorecardCreateSchema = Type.Object(
  {
    name: Slug,
    title: Text(200),
    description: Type.Optional(Text(2000)),
    levels: Type.Optional(Type.Array(Level, { minItems: 1, maxItems: 10 })),
    filter: Type.Optional(Nullable(Expression)),
    checks: Type.Optional(Type.Array(CheckInputSchema, { maxItems: 200 })),
  },
  { additionalProperties: false },
);

export const ScorecardPatchSchema = Type.Object(
  {
    title: Type.Optional(Text(200)),
    description: Type.Optional(Text(2000)),
    levels: Type.Optional(Type.Array(Level, { minItems: 1, maxItems: 10 })),
    filter: Type.Optional(Nullable(Expression)),
  },
  { additionalProperties: false },
);

const RuleSchema = Type.Object({ kind: Type.Enum(['expression', 'attestation']), expression: Type.Optional(Type.String()), validForDays: Type.Optional(Type.Integer()) });

export const CheckSchema = Type.Object({
  name: Type.String(),
  title: Type.String(),
  description: Type.String(),
  level: Type.String(),
  group: Nullable(Type.String()),
  rule: RuleSchema,
});

export const ScorecardSchema = Type.Object({
  name: Type.String(),
  title: Type.String(),
  description: Type.String(),
  levels: Type.Array(Type.String()),
  filter: Nullable(Type.String()),
  builtin: Type.Boolean(),
  checks: Type.Array(CheckSchema),
  etag: Type.String(),
});

export const ScorecardListSchema = Type.Object({ items: Type.Array(ScorecardSchema) });

export const FactsSchema = Type.Object({
  items: Type.Array(
    Type.Object({
      namespace: Type.String(),
      description: Type.String(),
      facts: Type.Array(Type.Object({ name: Type.String(), type: Type.String(), description: Type.String(), fixHint: Type.Optional(Type.String()), fixLink: Type.Optional(Type.String()) })),
    }),
  ),
});

export const ValidateExpressionBody = Type.Object({ expression: Type.String({ maxLength: 4000 }) }, { additionalProperties: false });
const ProblemPosition = Type.Object({ message: Type.String(), offset: Type.Integer(), line: Type.Integer(), column: Type.Integer() });
export const ValidateExpressionSchema = Type.Object({ valid: Type.Boolean(), facts: Type.Array(Type.String()), problem: Nullable(ProblemPosition) });

export const AttestationSchema = Type.Object({
  id: Type.String(),
  scorecard: Type.String(),
  check: Type.String(),
  service: Type.String(),
  evidenceUrl: Nullable(Type.String()),
  note: Nullable(Type.String()),
  attestedBy: Type.String(),
  attestedAt: Type.String(),
  expiresAt: Type.String(),
});

export const AttestationCreateSchema = Type.Object(
  {
    scorecard: Slug,
    check: Slug,
    evidenceUrl: Type.Optional(Type.String({ maxLength: 2000, pattern: '^https?://' })),
    note: Type.Optional(Text(4000)),
  },
  { additionalProperties: false },
);

export const AttestationListSchema = Type.Object({ items: Type.Array(AttestationSchema) });
export const AttestationQuery = Type.Object({ service: Type.Optional(Slug), scorecard: Type.Optional(Slug) });

const FactValue = Type.Unsafe<boolean | number | string | string[] | null>({ type: ['boolean', 'number', 'string', 'array', 'null'], items: { type: 'string' } });

const AttestationShownSchema = Type.Object({
  evidenceUrl: NullableString,
  note: NullableString,
  attestedBy: Type.String(),
  attestedAt: Type.String(),
  expiresAt: Type.String(),
});

const CheckResultSchema = Type.Object({
  check: Type.String(),
  title: Type.String(),
  level: Type.String(),
  group: NullableString,
  kind: Type.Enum(['expression', 'attestation']),
  passed: Type.Boolean(),
  reason: NullableString,
  facts: Type.Array(Type.Object({ fact: Type.String(), value: FactValue, missing: Type.Boolean() })),
  attestation: nullableObject(AttestationShownSchema),
  validForDays: Type.Unsafe<number | null>({ type: ['integer', 'null'], description: 'For an attestation check: days a new attestation stays valid.' }),
});

const NextStepSchema = Type.Object({
  check: Type.String(),
  title: Type.String(),
  level: Type.String(),
  reason: Type.String(),
  why: Type.String(),
  hint: NullableString,
  link: NullableString,
  blocksNextLevel: Type.Boolean(),
});

export const ServiceReadinessSchema = Type.Object({
  service: Type.String(),
  team: NullableString,
  evaluatedAt: Type.String(),
  scorecards: Type.Array(
    Type.Object({
      scorecard: Type.String(),
      title: Type.String(),
      levels: Type.Array(Type.String()),
      level: NullableString,
      nextLevel: NullableString,
      score: Type.Number(),
      passed: Type.Integer(),
      total: Type.Integer(),
      checks: Type.Array(CheckResultSchema),
      nextSteps: Type.Array(NextStepSchema, { description: 'Failing checks, lowest level first: every one that blocks the next level, and at least the first five.' }),
    }),
  ),
});

export const ServiceReadinessQuery = Type.Object({
  scorecard: Type.Optional(Slug),
  view: Type.Optional(Type.Enum(['full', 'summary'], { description: 'full (default): every check with the facts it used; summary: levels, scores and what to fix next (checks left empty).' })),
});

export const REPORT_MAX_PAGE = 5_000;
export const ReportQuery = Type.Object({
  scorecard: Type.Optional(Slug),
  team: Type.Optional(Type.String({ maxLength: 200 })),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: REPORT_MAX_PAGE, description: 'Page the services (pass rates and team rollups stay whole); without it, every service.' })),
  cursor: Type.Optional(Type.String({ maxLength: 1024, description: 'The `nextCursor` of the previous page.' })),
});

const Counts = Type.Record(Type.String(), Type.Integer());

export const ReportSchema = Type.Object({
  scorecard: Type.String(),
  title: Type.String(),
  levels: Type.Array(Type.String()),
  checks: Type.Array(Type.Object({ check: Type.String(), title: Type.String(), level: Type.String(), group: Nullable(Type.String()), passRate: Type.Number() })),
  services: Type.Array(
    Type.Object({
      service: Type.String(),
      team: Nullable(Type.String()),
      level: Nullable(Type.String()),
      score: Type.Number(),
      cells: Type.Record(Type.String(), Type.Boolean()),
      failing: Type.Array(Type.Object({ check: Type.String(), reason: Type.String() })),
    }),
  ),
  teams: Type.Array(Type.Object({ team: Nullable(Type.String()), services: Type.Integer(), levels: Counts, averageScore: Type.Number() })),
  nextCursor: Type.Optional(Nullable(Type.String({ description: 'With `limit`: pass as `cursor` for the next page of services; null on the last.' }))),
});

export const CampaignSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  description: Type.String(),
  scorecard: Type.String(),
  targetLevel: Type.String(),
  filter: Nullable(Type.String()),
  deadline: Type.String(),
  createdAt: Type.String(),
});

export const CampaignCreateSchema = Type.Object(
  {
    title: Text(200),
    description: Type.Optional(Text(2000)),
    scorecard: Slug,
    targetLevel: Level,
    filter: Type.Optional(Nullable(Expression)),
    deadline: Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$', description: 'YYYY-MM-DD' }),
  },
  { additionalProperties: false },
);

export const CampaignListSchema = Type.Object({ items: Type.Array(CampaignSchema) });

export const CampaignProgressSchema = Type.Object({
  campaign: CampaignSchema,
  total: Type.Integer(),
  atTarget: Type.Integer(),
  progress: Type.Number(),
  daysLeft: Type.Integer(),
  overdue: Type.Boolean(),
  services: Type.Array(
    Type.Object({
      service: Type.String(),
      team: Nullable(Type.String()),
      level: Nullable(Type.String()),
      atTarget: Type.Boolean(),
      failing: Type.Array(Type.Object({ check: Type.String(), title: Type.String(), level: Type.String(), reason: Type.String() })),
    }),
  ),
});

export const HistoryQuery = Type.Object({
  scorecard: Type.Optional(Slug),
  service: Type.Optional(Slug),
  team: Type.Optional(Type.String({ maxLength: 200 })),
  days: Type.Optional(Type.Integer({ minimum: 1, maximum: 366 })),
});

export const HistorySchema = Type.Object({
  scope: Type.Enum(['service', 'team', 'scorecard']),
  scorecard: Type.String(),
  service: Type.Optional(Type.String()),
  team: Type.Optional(Nullable(Type.String())),
  evaluations: Type.Optional(
    Type.Array(Type.Object({ evaluatedAt: Type.String(), level: Nullable(Type.String()), score: Type.Number(), failing: Type.Array(Type.String()), reason: Type.String() })),
  ),
  points: Type.Optional(Type.Array(Type.Object({ day: Type.String(), services: Type.Integer(), levels: Counts, averageScore: Nullable(Type.Number()) }))),
});

export const SnapshotSchema = Type.Object({ evaluated: Type.Integer() });
