import { check } from './response-property-enum-value-added.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

const status = (values: string[]) => withResponseSchema(object({ status: { type: 'string', enum: values } }));
checkVectors(check, [
  { name: 'new value may come back', before: status(['available', 'sold']), after: status(['available', 'sold', 'pending']), expected: ['POST /pets: Added the value pending to the enum of the response property `status` for status 200'] },
  { name: 'value removed from a response is safe', before: status(['available', 'sold']), after: status(['available']), expected: [] },
]);
