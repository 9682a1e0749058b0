import { check } from './request-body-added-optional.js';
import { checkVectors, operation, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'optional body added', before: operation({}), after: withRequestSchema({ type: 'object' }, false), expected: ['POST /pets: Added an optional request body'] },
  { name: 'required body added', before: operation({}), after: withRequestSchema({ type: 'object' }, true), expected: [] },
]);
