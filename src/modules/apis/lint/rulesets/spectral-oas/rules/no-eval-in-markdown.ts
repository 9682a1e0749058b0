import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `no-eval-in-markdown` (spectral:oas 6.16). */
export const rule = {
  description: 'Markdown descriptions must not have "eval(".',
  recommended: true,
  given: '$..[description,title]',
  then: { function: 'pattern', functionOptions: { notMatch: 'eval\\(' } },
} satisfies RuleDefinition;
