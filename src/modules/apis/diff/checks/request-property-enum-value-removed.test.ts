import { check } from './request-property-enum-value-removed.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

const kind = (values: string[]) => withRequestSchema(object({ kind: { type: 'string', enum: values } }));
checkVectors(check, [
  { name: 'enum narrowed', before: kind(['cat', 'dog', 'bird']), after: kind(['cat', 'dog']), expected: ['POST /pets: Removed the value bird from the enum of the request property `kind`'] },
  { name: 'enum widened', before: kind(['cat']), after: kind(['cat', 'dog']), expected: [] },
]);
