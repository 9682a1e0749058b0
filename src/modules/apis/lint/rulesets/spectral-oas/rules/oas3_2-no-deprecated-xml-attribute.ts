import type { RuleDefinition } from '../../../engine/types.js';

/** Spectral's `oas3_2-no-deprecated-xml-attribute` (spectral:oas 6.16). */
export const rule = {
  message: '"xml.attribute" is deprecated in OAS 3.2; use "xml.nodeType: attribute" instead.',
  formats: ['oas3_2'],
  recommended: true,
  given: ['$..[?(@ && @.xml)].xml'],
  then: {
    function: 'schema',
    functionOptions: { schema: { not: { properties: { attribute: { const: true } }, required: ['attribute'] } } },
  },
} satisfies RuleDefinition;
