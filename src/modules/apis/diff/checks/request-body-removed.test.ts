import { check } from './request-body-removed.js';
import { checkVectors, operation, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'body removed', before: withRequestSchema({ type: 'object' }), after: operation({}), expected: ['POST /pets: Removed the request body'] },
  { name: 'body kept', before: withRequestSchema({ type: 'object' }), after: withRequestSchema({ type: 'object' }), expected: [] },
]);
