import type { RuleDefinition } from '../../../engine/types.js';
import { uniqueEnum } from '../functions/unique-enum.js';

/** Spectral's `duplicated-entry-in-enum` (spectral:oas 6.16). */
export const rule = {
  description: 'Enum values must not have duplicate entry.',
  severity: 'warn',
  recommended: true,
  message: '{{error}}',
  given: ["$..[?(@property !== 'properties' && @ != null && @.enum && @.enum.constructor.name === 'Array')]"],
  then: { field: 'enum', function: uniqueEnum },
} satisfies RuleDefinition;
