import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `operation-operationId-valid-in-url` (spectral:oas 6.16). */
export const rule = {
  message: 'operationId must not contain characters that are invalid when used in URL.',
  recommended: true,
  given: '#OperationObject',
  then: { field: 'operationId', function: 'pattern', functionOptions: { match: "^[A-Za-z0-9-._~:/?#\\[\\]@!\\$&'()*+,;=]*$" } },
} satisfies RuleDefinition;
