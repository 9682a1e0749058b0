import type { RuleFunction } from '../../../engine/types.js';
import { validateOasSchema } from './oas-schema.js';

const UNIQUE_ARRAY = { type: 'array', uniqueItems: true };

/** `enum` has no duplicate entries (Spectral validates it as `{ type: array, uniqueItems: true }`). */
export const uniqueEnum: RuleFunction = (value, _options, { document, path }) => validateOasSchema(value, UNIQUE_ARRAY, document, path);
