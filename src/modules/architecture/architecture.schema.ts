/**
 * TypeBox schemas of the architecture API (principles, ADRs, design reviews) and their
 * static types, which the web UI imports.
 */
import { Type, type Static, type TSchema } from 'typebox';
import { ADR_SCOPES, ADR_STATUSES, RELATION_KINDS, REVIEW_ACTIONS, REVIEW_STATES } from './architecture.js';

const Nullable = <T extends TSchema>(schema: T) => Type.Union([schema, Type.Null()]);
const Text = (maxLength: number) => Type.String({ maxLength });
const Slug = Type.String({ pattern: '^[a-z0-9]([a-z0-9._-]{0,61}[a-z0-9])?$', maxLength: 63 });
const Day = Type.String({ pattern: '^[0-9]{4}-[0-9]{2}-[0-9]{2}$', description: 'YYYY-MM-DD' });

// ---- Principles ----
export const PrincipleSchema = Type.Object({
  id: Type.String(),
  position: Type.Integer(),
  name: Type.String(),
  statement: Type.String(),
  rationale: Type.String(),
  examples: Type.Array(Type.String()),
});
export const PrincipleDetailSchema = Type.Object({
  ...PrincipleSchema.properties,
  citedBy: Type.Object({
    adrs: Type.Array(Type.Object({ id: Type.String(), number: Type.Integer(), title: Type.String(), status: Type.String() })),
    reviews: Type.Array(Type.Object({ id: Type.String(), title: Type.String(), state: Type.String() })),
  }),
});
export const PrincipleCreateSchema = Type.Object(
  {
    id: Slug,
    name: Text(200),
    statement: Text(2000),
    rationale: Type.Optional(Text(4000)),
    examples: Type.Optional(Type.Array(Text(500), { maxItems: 50 })),
    position: Type.Optional(Type.Integer({ minimum: 1 })),
  },
  { additionalProperties: false },
);
export const PrinciplePatchSchema = Type.Object(
  {
    name: Type.Optional(Text(200)),
    statement: Type.Optional(Text(2000)),
    rationale: Type.Optional(Text(4000)),
    examples: Type.Optional(Type.Array(Text(500), { maxItems: 50 })),
    position: Type.Optional(Type.Integer({ minimum: 1, description: 'Where it goes in the ordered list; later ones move down.' })),
  },
  { additionalProperties: false },
);

// ---- ADRs ----
const AdrStatus = Type.Enum([...ADR_STATUSES]);
export const AdrRefSchema = Type.Object({ id: Type.String(), number: Type.Integer(), title: Type.String(), status: Type.String() });
export const AdrSchema = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  collection: Type.String({ description: 'Numbers are unique per collection: the repository, or scope:name.' }),
  scope: Type.Enum([...ADR_SCOPES]),
  scopeName: Type.String({ description: 'The service or system; empty for organisation-wide records.' }),
  repository: Nullable(Type.String()),
  file: Nullable(Type.String()),
  title: Type.String(),
  status: AdrStatus,
  date: Nullable(Type.String()),
  deciders: Type.Array(Type.String()),
  body: Type.String({ description: 'Markdown.' }),
  principles: Type.Array(Type.String()),
  reviewId: Nullable(Type.String()),
  relations: Type.Array(
    Type.Object({
      kind: Type.String({ description: 'supersedes, amends, relates-to, or the inverse seen from the target: superseded-by, amended-by, related-to.' }),
      adr: AdrRefSchema,
    }),
  ),
  history: Type.Array(Type.Object({ status: Type.String(), at: Type.String(), actor: Type.String(), note: Nullable(Type.String()) })),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export const AdrGraphSchema = Type.Object(
  {
    nodes: Type.Array(AdrRefSchema),
    edges: Type.Array(Type.Object({ id: Type.String(), source: Type.String(), target: Type.String(), kind: Type.Enum([...RELATION_KINDS]) })),
  },
  { description: 'Every ADR and every relation stated between two of them (supersedes, amends, relates-to), once each.' },
);
export type AdrGraph = Static<typeof AdrGraphSchema>;
export const AdrSummarySchema = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  collection: Type.String(),
  scope: Type.Enum([...ADR_SCOPES]),
  scopeName: Type.String(),
  repository: Nullable(Type.String()),
  title: Type.String(),
  status: AdrStatus,
  date: Nullable(Type.String()),
  principles: Type.Array(Type.String()),
  reviewId: Nullable(Type.String()),
  updatedAt: Type.String(),
});
export const AdrCreateSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    scope: Type.Optional(Type.Enum([...ADR_SCOPES], { default: 'organization' })),
    scopeName: Type.Optional(Text(127)),
    status: Type.Optional(AdrStatus),
    date: Type.Optional(Day),
    deciders: Type.Optional(Type.Array(Text(200), { maxItems: 50 })),
    body: Type.Optional(Text(200_000)),
    principles: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
    relations: Type.Optional(
      Type.Array(Type.Object({ kind: Type.Enum([...RELATION_KINDS]), target: Type.String() }, { additionalProperties: false }), { maxItems: 50 }),
    ),
  },
  { additionalProperties: false },
);
export const AdrPatchSchema = Type.Object(
  {
    title: Type.Optional(Type.String({ minLength: 1, maxLength: 300 })),
    status: Type.Optional(AdrStatus),
    statusNote: Type.Optional(Text(1000)),
    date: Type.Optional(Nullable(Day)),
    deciders: Type.Optional(Type.Array(Text(200), { maxItems: 50 })),
    body: Type.Optional(Text(200_000)),
    principles: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export const RelationCreateSchema = Type.Object(
  { kind: Type.Enum([...RELATION_KINDS]), target: Type.String({ description: 'The target ADR id.' }) },
  { additionalProperties: false },
);
export const AdrListQuery = {
  status: Type.Optional(AdrStatus),
  service: Type.Optional(Type.String({ description: 'Records scoped to this service.' })),
  scope: Type.Optional(Type.Enum([...ADR_SCOPES])),
  principle: Type.Optional(Type.String({ description: 'Records citing this principle.' })),
  repository: Type.Optional(Type.String()),
  q: Type.Optional(Type.String({ maxLength: 200, description: 'Words in the title or body.' })),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
};

export const PushRecordSchema = Type.Object(
  {
    number: Type.Integer({ minimum: 0 }),
    file: Text(300),
    title: Type.String({ minLength: 1, maxLength: 300 }),
    status: AdrStatus,
    date: Type.Optional(Nullable(Type.String({ maxLength: 40 }))),
    deciders: Type.Optional(Type.Array(Text(200), { maxItems: 50 })),
    body: Text(500_000),
    relations: Type.Array(
      Type.Object({ kind: Type.Enum([...RELATION_KINDS]), target: Type.Integer({ minimum: 0 }) }, { additionalProperties: false }),
      { maxItems: 100 },
    ),
  },
  { additionalProperties: false },
);
export const PushSchema = Type.Object(
  {
    service: Type.Optional(Text(127)),
    records: Type.Array(PushRecordSchema, { maxItems: 5000 }),
  },
  { additionalProperties: false },
);
export const PushResultSchema = Type.Object({
  repository: Type.String(),
  created: Type.Array(Type.Integer()),
  updated: Type.Array(Type.Integer()),
  unchanged: Type.Array(Type.Integer()),
});

// ---- Reviews ----
const ReviewState = Type.Enum([...REVIEW_STATES]);
export const TemplateSectionSchema = Type.Object({ key: Slug, title: Text(200), prompt: Text(2000) }, { additionalProperties: false });
export const ReviewTemplateSchema = Type.Object({
  id: Type.String(),
  name: Type.String(),
  builtIn: Type.Boolean(),
  sections: Type.Array(TemplateSectionSchema),
});
export const ReviewTemplateCreateSchema = Type.Object(
  { id: Slug, name: Text(200), sections: Type.Array(TemplateSectionSchema, { minItems: 1, maxItems: 50 }) },
  { additionalProperties: false },
);
export const CommentSchema = Type.Object({
  id: Type.String(),
  section: Nullable(Type.String()),
  parentId: Nullable(Type.String()),
  author: Type.String(),
  body: Type.String(),
  createdAt: Type.String(),
  replies: Type.Array(Type.Unknown(), { description: 'Comments answering this one, same shape.' }),
});
export const ReviewSchema = Type.Object({
  id: Type.String(),
  title: Type.String(),
  templateId: Type.String(),
  state: ReviewState,
  author: Type.String(),
  service: Nullable(Type.String()),
  requiredApprovals: Type.Integer(),
  reviewers: Type.Array(Type.Object({ name: Type.String(), decision: Type.String(), decidedAt: Nullable(Type.String()) })),
  sections: Type.Array(Type.Object({ key: Type.String(), title: Type.String(), prompt: Type.String(), content: Type.String() })),
  principles: Type.Array(Type.String()),
  adrId: Nullable(Type.String()),
  submittedAt: Nullable(Type.String()),
  overdue: Type.Boolean(),
  allowedActions: Type.Array(Type.Enum([...REVIEW_ACTIONS])),
  comments: Type.Array(CommentSchema, { description: 'Top-level comments, each with its replies.' }),
  createdAt: Type.String(),
  updatedAt: Type.String(),
});
export const ReviewCreateSchema = Type.Object(
  {
    title: Type.String({ minLength: 1, maxLength: 300 }),
    template: Type.Optional(Type.String({ default: 'system-design-review' })),
    service: Type.Optional(Text(127)),
    reviewers: Type.Array(Type.String({ minLength: 1, maxLength: 200 }), { minItems: 1, maxItems: 20 }),
    requiredApprovals: Type.Optional(Type.Integer({ minimum: 1, maximum: 20 })),
    principles: Type.Optional(Type.Array(Type.String(), { maxItems: 20 })),
  },
  { additionalProperties: false },
);
export const SectionUpdateSchema = Type.Object({ content: Text(100_000) }, { additionalProperties: false });
export const CommentCreateSchema = Type.Object(
  {
    body: Type.String({ minLength: 1, maxLength: 20_000 }),
    section: Type.Optional(Type.String()),
    parentId: Type.Optional(Type.String()),
  },
  { additionalProperties: false },
);
export const ReviewListQuery = {
  state: Type.Optional(ReviewState),
  overdue: Type.Optional(Type.Boolean()),
  overdueDays: Type.Optional(Type.Integer({ minimum: 0, maximum: 365, description: 'Days a reviewer may take (default 5).' })),
  service: Type.Optional(Type.String()),
};
export const ReviewActionParams = Type.Object({ id: Type.String(), action: Type.Enum([...REVIEW_ACTIONS]) });

export type Principle = Static<typeof PrincipleSchema>;
export type PrincipleDetail = Static<typeof PrincipleDetailSchema>;
export type PrinciplePatch = Static<typeof PrinciplePatchSchema>;
export type PrincipleCreate = Static<typeof PrincipleCreateSchema>;
export type Adr = Static<typeof AdrSchema>;
export type AdrSummary = Static<typeof AdrSummarySchema>;
export type AdrCreate = Static<typeof AdrCreateSchema>;
export type AdrPatch = Static<typeof AdrPatchSchema>;
export type PushBody = Static<typeof PushSchema>;
export type PushRecord = Static<typeof PushRecordSchema>;
export type PushResult = Static<typeof PushResultSchema>;
export type Review = Static<typeof ReviewSchema>;
export type ReviewCreate = Static<typeof ReviewCreateSchema>;
export type Comment = Static<typeof CommentSchema>;
export type ReviewTemplateResponse = Static<typeof ReviewTemplateSchema>;
export type ReviewTemplateBody = Static<typeof ReviewTemplateCreateSchema>;
