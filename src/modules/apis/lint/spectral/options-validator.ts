import { Ajv, type AnySchema } from 'ajv';
import type { JsonSchema } from '../engine/types.js';
import { RulesetError } from './ruleset-error.js';

/** Validates rule and function options when a ruleset loads (one Ajv per ruleset load). */
export class OptionsValidator {
  private readonly ajv = new Ajv({ allErrors: true, strict: false, allowUnionTypes: true, useDefaults: false });

  check(schema: JsonSchema, value: unknown, where: string): void {
    const compiled = this.ajv.compile(typeof schema === 'boolean' ? schema : ({ ...schema } satisfies AnySchema));
    if (compiled(value)) return;
    const problems = (compiled.errors ?? []).map((error) => `${error.instancePath || '(root)'} ${error.message ?? 'is invalid'}`);
    throw new RulesetError(`${where}: invalid options: ${problems.join('; ')}`);
  }
}
