import { isRecord } from '../../../../document/index.js';
import type { RuleFunction } from '../../../engine/types.js';
import { isObject } from './operations.js';

const VALID_CONSUMES = /(application\/x-www-form-urlencoded|multipart\/form-data)/;

/** OAS 2: an operation with `in: formData` parameters must consume a form media type. */
// eslint-disable-next-line @typescript-eslint/unbound-method -- resolve is a closure on the context, not a prototype method
export const oasOpFormDataConsumeCheck: RuleFunction = (operation, _options, { resolve }) => {
  if (!isRecord(operation) || !Array.isArray(operation['consumes']) || !Array.isArray(operation['parameters'])) return undefined;
  const hasFormData = operation['parameters'].some((raw: unknown) => {
    const parameter = resolve(raw);
    return isObject(parameter) && isRecord(parameter) && parameter['in'] === 'formData';
  });
  if (hasFormData && !VALID_CONSUMES.test(operation['consumes'].map(String).join(','))) {
    return [{ message: 'Consumes must include urlencoded, multipart, or form-data media type when using formData parameter.' }];
  }
  return undefined;
};
