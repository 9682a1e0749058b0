/**
 * Rule definition types of the API linter: Spectral-shaped, so that Spectral rulesets run
 * unchanged, plus metadata for Groundwork's own guidelines.
 *
 * ## How to write a rule
 *
 * A rule says WHAT it looks at (`given`, JSONPath) apart from WHAT it checks (`then`):
 *
 * ```ts
 * export const operationIdCamelCase = {
 *   description: 'operationId is camelCase.',
 *   message: '{{error}}',                 // template: {{error}} {{path}} {{property}} {{value}} {{description}}
 *   severity: 'warn',                      // error | warn | info | hint | off, or 0..3
 *   recommended: true,                     // part of the ruleset's `recommended` set
 *   formats: ['oas3'],                     // only for these formats (omit: every document)
 *   given: '$.paths[*][get,put,post,delete,options,head,patch,trace]',
 *   then: { field: 'operationId', function: myCheck },
 *   category: 'naming', rationale: 'Generated SDK method names ...',
 *   examples: { good: [...], bad: [...] },
 * } satisfies RuleDefinition;
 * ```
 *
 * - `then.function` is a core function's name (`truthy`, `pattern`, `schema`...) with
 *   `functionOptions`, or, for built-in rules only, a TypeScript `RuleFunction`.
 * - A function receives the value at each match (after `field`), its options and a context;
 *   it returns `{ message, path? }[]` or undefined (no results = pass) and never throws. `path` defaults
 *   to the matched path; return a deeper one to point at the exact node.
 * - Whole-document checks use `given: '$'` and read `context.index` (operations, parameters,
 *   schemas, responses, computed once per document) instead of walking the tree again.
 * - `resolved: false` makes the rule see `$ref`s as written; the default (`true`) follows
 *   them. Paths in findings always point at the real location of the node.
 * - Configurable rules declare `options: { schema, defaults }`; a ruleset file sets
 *   `rules: { my-rule: { options: {...} } }`, validated with Ajv when the ruleset loads, and
 *   the function receives the merged options as its second argument.
 */
import type { JsonPath, ParsedDocument, Range, SpecFormat } from '../../document/index.js';

/** Spectral's numeric severities: 0 error, 1 warn, 2 info, 3 hint. */
export type Severity = 0 | 1 | 2 | 3;
export type SeverityName = 'error' | 'warn' | 'info' | 'hint';
/** How a ruleset may write a severity (`off`/-1 disables the rule; `true` = the rule's own severity). */
export type SeverityInput = SeverityName | 'off' | Severity | -1 | boolean;

/** What a rule function returns for each problem it finds. */
export interface RuleFunctionResult {
  readonly message: string;
  /** Path of the offending node; defaults to the path the function was called for. */
  readonly path?: JsonPath;
}

/** An operation of the document (`paths./pets.get`). */
export interface OperationEntry {
  readonly path: JsonPath;
  /** The path template, e.g. `/pets/{petId}`. */
  readonly pathKey: string;
  /** Lower-case HTTP method. */
  readonly method: string;
  readonly value: Record<string, unknown>;
  readonly pathItem: Record<string, unknown>;
}

/** A parameter (path item, operation or component level), `$ref` resolved. */
export interface ParameterEntry {
  /** Where the parameter (or its `$ref`) is written. */
  readonly path: JsonPath;
  readonly value: Record<string, unknown>;
  readonly name: string | undefined;
  readonly in: string | undefined;
  /** The operation it belongs to; undefined for path-item and component parameters. */
  readonly operation: OperationEntry | undefined;
}

/** A schema object: named (components/definitions) or nested/inline anywhere. */
export interface SchemaEntry {
  readonly path: JsonPath;
  readonly value: Record<string, unknown>;
  /** The component name for `components.schemas.X` / `definitions.X`, else undefined. */
  readonly name: string | undefined;
}

/** A response of an operation (`$ref` resolved). */
export interface ResponseEntry {
  readonly path: JsonPath;
  readonly code: string;
  readonly value: Record<string, unknown>;
  readonly operation: OperationEntry;
}

/** Precomputed views of a document so whole-document rules never walk the tree themselves. */
export interface DocumentIndex {
  readonly operations: readonly OperationEntry[];
  readonly parameters: readonly ParameterEntry[];
  readonly schemas: readonly SchemaEntry[];
  readonly responses: readonly ResponseEntry[];
  /** Every `$ref` target of the document and the files it reaches, as `source#/json/pointer`. */
  readonly refTargets: ReadonlySet<string>;
}

/** What a rule function knows besides the value it checks. */
export interface RuleFunctionContext {
  /** Path of the value given to the function (after `field`). */
  readonly path: JsonPath;
  readonly document: ParsedDocument;
  /** The document's data (the root), as the rule sees it (`$ref`s not expanded). */
  readonly documentData: unknown;
  /** The rule being run. */
  readonly rule: { readonly id: string; readonly resolved: boolean; readonly description: string | undefined };
  /** Lazily computed index of operations, parameters, schemas and responses. */
  readonly index: DocumentIndex;
  /** The file the value comes from (the root, or a file reached through `$ref`). */
  readonly source: string;
  /** Follows a `$ref` (chain) written in `source`; returns the value itself when it is none or broken. */
  resolve(value: unknown): unknown;
  /** A finite deep copy of `value` with every `$ref` expanded (cycles cut). */
  dereference(value: unknown): unknown;
}

/** Spectral's function signature. Must not throw; returns results or nothing. */
export type RuleFunction<Options = unknown> = (
  targetValue: unknown,
  options: Options,
  context: RuleFunctionContext,
) => readonly RuleFunctionResult[] | undefined;

export interface RuleThen {
  /** A property of the matched value, `@key` for its key, or a JSONPath relative to it. */
  readonly field?: string;
  /** A core function name, or a TypeScript function (built-in rules only). */
  readonly function: string | RuleFunction<never>;
  readonly functionOptions?: unknown;
}

/** A JSON Schema (draft 7 or 2020-12) for a rule's options. */
export type JsonSchema = Readonly<Record<string, unknown>> | boolean;

export interface RuleExamples {
  /** Documents (or fragments, as YAML/JSON text or data) that pass the rule. */
  readonly good: readonly unknown[];
  /** Documents (or fragments) that the rule reports. */
  readonly bad: readonly unknown[];
}

export interface RuleDefinition {
  readonly description?: string;
  readonly message?: string;
  readonly severity?: SeverityInput;
  /** Whether the rule belongs to the ruleset's recommended set (default true). */
  readonly recommended?: boolean;
  readonly formats?: readonly SpecFormat[];
  readonly given: string | readonly string[];
  /** Follow `$ref`s (default true). */
  readonly resolved?: boolean;
  readonly then: RuleThen | readonly RuleThen[];
  readonly documentationUrl?: string;
  /** Guideline metadata: category (naming, errors, pagination...). */
  readonly category?: string;
  /** Why the rule exists. */
  readonly rationale?: string;
  readonly examples?: RuleExamples;
  /** Options a ruleset file may set; validated with Ajv when the ruleset loads. */
  readonly options?: { readonly schema: JsonSchema; readonly defaults: unknown };
}

/** An alias whose paths depend on the document's format (Spectral's `targets`). */
export interface ScopedAlias {
  readonly targets: readonly { readonly formats: readonly SpecFormat[]; readonly given: readonly string[] }[];
}

/** A built-in ruleset: rules keyed by id, plus an optional list of documentation links. */
export interface RulesetDefinition {
  readonly id: string;
  readonly description?: string;
  readonly documentationUrl?: string;
  readonly formats?: readonly SpecFormat[];
  readonly rules: Readonly<Record<string, RuleDefinition>>;
  /** Named JSONPath aliases (`#OperationObject`) the rules may use; scoped ones pick paths by format. */
  readonly aliases?: Readonly<Record<string, string | readonly string[] | ScopedAlias>>;
}

/** One finding, in Spectral's JSON output shape (0-based range). */
export interface LintFinding {
  readonly code: string;
  readonly message: string;
  readonly path: readonly (string | number)[];
  readonly severity: Severity;
  readonly range: Range;
  /** Absolute path (or label) of the file the finding is in. */
  readonly source: string;
}
