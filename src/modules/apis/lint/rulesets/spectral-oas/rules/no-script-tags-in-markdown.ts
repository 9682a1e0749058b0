import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `no-script-tags-in-markdown` (spectral:oas 6.16). */
export const rule = {
  description: 'Markdown descriptions must not have "<script>" tags.',
  recommended: true,
  given: '$..[description,title]',
  then: { function: 'pattern', functionOptions: { notMatch: '<script' } },
} satisfies RuleDefinition;
