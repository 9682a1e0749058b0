import type { JsonSchema, RuleFunction, RuleFunctionContext, RuleFunctionResult } from '../../engine/types.js';

/**
 * A Spectral core function: its options schema (checked when a ruleset loads), an optional
 * input gate (Spectral does not call a function whose input has the wrong shape) and `bind`,
 * which turns validated raw options into a ready-to-run rule function.
 */
export interface CoreFunction {
  readonly name: string;
  /** JSON Schema of the options; `null` = the function takes no options. */
  readonly optionsSchema: JsonSchema | null;
  readonly accepts: ((value: unknown) => boolean) | undefined;
  /** Validate the fully expanded value (`$ref`s inlined) rather than the node as written. */
  readonly wantsDereferenced: boolean;
  bind(options: unknown): RuleFunction;
}

export interface CoreFunctionSpec<Options> {
  readonly name: string;
  readonly optionsSchema: JsonSchema | null;
  readonly accepts?: (value: unknown) => boolean;
  readonly wantsDereferenced?: boolean;
  /** Turns options already validated against `optionsSchema` into typed options. */
  readonly parse: (options: unknown) => Options;
  readonly run: (value: unknown, options: Options, context: RuleFunctionContext) => readonly RuleFunctionResult[] | undefined;
}

export function defineCoreFunction<Options>(spec: CoreFunctionSpec<Options>): CoreFunction {
  return {
    name: spec.name,
    optionsSchema: spec.optionsSchema,
    accepts: spec.accepts,
    wantsDereferenced: spec.wantsDereferenced ?? false,
    bind(options: unknown): RuleFunction {
      const parsed = spec.parse(options);
      return (value, _options, context) => spec.run(value, parsed, context);
    },
  };
}

/** Reads a property of validated options. */
export function option(options: unknown, key: string): unknown {
  return typeof options === 'object' && options !== null ? Reflect.get(options, key) : undefined;
}

export const noOptions = (): null => null;
export const isObjectLike = (value: unknown): boolean => typeof value === 'object' && value !== null;
