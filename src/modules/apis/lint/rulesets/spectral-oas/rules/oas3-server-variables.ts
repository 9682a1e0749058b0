import type { RuleDefinition } from '../../../engine/types.js';
import { serverVariables } from '../functions/server-variables.js';

/** Spectral's `oas3-server-variables` (spectral:oas 6.16). */
export const rule = {
  description: 'Server variables must be defined and valid and there must be no unused variables.',
  message: '{{error}}',
  severity: 0,
  recommended: true,
  given: ['$.servers[*]', '#PathItem.servers[*]', '#OperationObject.servers[*]', '#LinkObject.server'],
  then: { function: serverVariables },
} satisfies RuleDefinition;
