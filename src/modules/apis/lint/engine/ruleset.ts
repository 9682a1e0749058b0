import type { JsonPath, SpecFormat } from '../../document/index.js';
import type { EffectiveSeverity } from './severity.js';
import type { RuleDefinition, RuleFunction } from './types.js';

/** One `then` of a rule, its function looked up and its options checked. */
export interface CompiledThen {
  readonly field: string | undefined;
  /** Function name (core function name or the TypeScript function's name), for messages. */
  readonly functionName: string;
  readonly fn: RuleFunction;
  readonly options: unknown;
  /** Spectral skips a function when its input does not have the expected shape. */
  readonly accepts: ((value: unknown) => boolean) | undefined;
  /** The `schema` function validates expanded data: give it a dereferenced value. */
  readonly wantsDereferenced: boolean;
}

export interface CompiledRule {
  readonly id: string;
  readonly description: string | undefined;
  /** Message template; undefined means "the description, else the function's message". */
  readonly message: string | undefined;
  readonly severity: EffectiveSeverity;
  readonly recommended: boolean;
  readonly formats: ReadonlySet<SpecFormat> | undefined;
  readonly given: readonly string[];
  readonly resolved: boolean;
  readonly thens: readonly CompiledThen[];
  readonly documentationUrl: string | undefined;
  /** The definition it came from (guideline metadata, examples). */
  readonly definition: RuleDefinition;
}

/** An alias: plain JSONPaths, or per-format targets (Spectral's scoped aliases). */
export type AliasDefinition =
  | { readonly kind: 'plain'; readonly given: readonly string[] }
  | { readonly kind: 'scoped'; readonly targets: readonly { readonly formats: readonly SpecFormat[]; readonly given: readonly string[] }[] };

/** `overrides` entry: severities applied to findings in matching files / JSON pointers. */
export interface RulesetOverride {
  /** Matches the finding's source (absolute path). */
  readonly files: readonly { readonly matches: (source: string) => boolean; readonly pointer: JsonPath | undefined }[];
  readonly severities: ReadonlyMap<string, EffectiveSeverity>;
}

export interface Ruleset {
  readonly rules: ReadonlyMap<string, CompiledRule>;
  readonly aliases: ReadonlyMap<string, AliasDefinition>;
  readonly overrides: readonly RulesetOverride[];
}
