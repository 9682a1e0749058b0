import { check } from './request-property-enum-value-added.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

const kind = (values: string[]) => withRequestSchema(object({ kind: { type: 'string', enum: values } }));
checkVectors(check, [
  { name: 'enum widened', before: kind(['cat']), after: kind(['cat', 'dog']), expected: ['POST /pets: Added the value dog to the enum of the request property `kind`'] },
  { name: 'enum narrowed', before: kind(['cat', 'dog']), after: kind(['cat']), expected: [] },
]);
