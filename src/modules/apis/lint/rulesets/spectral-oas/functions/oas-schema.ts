import type { ParsedDocument } from '../../../../document/index.js';
import { isRecord } from '../../../../document/index.js';
import type { RuleFunctionResult } from '../../../engine/types.js';
import type { Dialect } from '../../../spectral/ajv-validators.js';
import { validateWithSchema } from '../../../spectral/functions/index.js';

/** The JSON Schema dialect of schemas in this OpenAPI document (Spectral's oasSchema). */
export function oasDialect(document: ParsedDocument): Dialect {
  if (document.formats.has('oas3_1') || document.formats.has('oas3_2')) {
    const data = document.data;
    const declared = isRecord(data) ? data['jsonSchemaDialect'] : undefined;
    if (typeof declared === 'string') {
      if (declared.includes('draft-04')) return 'draft4';
      if (declared.includes('draft-06')) return 'draft6';
      if (declared.includes('draft-07')) return 'draft7';
      if (declared.includes('2019-09')) return 'draft2019-09';
    }
    return 'draft2020-12';
  }
  if (document.formats.has('oas3_0') || document.formats.has('oas2')) return 'draft4';
  return 'auto';
}

/** Validates a value against an OpenAPI schema object with the document's dialect. */
export function validateOasSchema(
  value: unknown,
  schema: unknown,
  document: ParsedDocument,
  path: readonly (string | number)[],
): RuleFunctionResult[] {
  return validateWithSchema(value, schema, oasDialect(document), path);
}
