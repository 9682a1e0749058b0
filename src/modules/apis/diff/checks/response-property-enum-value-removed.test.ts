import { check } from './response-property-enum-value-removed.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

const status = (values: string[]) => withResponseSchema(object({ status: { type: 'string', enum: values } }));
checkVectors(check, [
  { name: 'value no longer returned', before: status(['available', 'sold']), after: status(['available']), expected: ['POST /pets: Removed the value sold from the enum of the response property `status` for status 200'] },
  { name: 'value added', before: status(['available']), after: status(['available', 'sold']), expected: [] },
]);
