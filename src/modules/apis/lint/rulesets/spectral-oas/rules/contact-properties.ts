import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `contact-properties` (spectral:oas 6.16). */
export const rule = {
  description: 'Contact object must have "name", "url" and "email".',
  recommended: false,
  given: '$.info.contact',
  then: [
    { field: 'name', function: 'truthy' },
    { field: 'url', function: 'truthy' },
    { field: 'email', function: 'truthy' },
  ],
} satisfies RuleDefinition;
