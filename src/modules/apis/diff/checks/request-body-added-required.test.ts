import { check } from './request-body-added-required.js';
import { checkVectors, operation, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'required body added', before: operation({}), after: withRequestSchema({ type: 'object' }, true), expected: ['POST /pets: Added a required request body'] },
  { name: 'optional body added', before: operation({}), after: withRequestSchema({ type: 'object' }, false), expected: [] },
  {
    name: 'swagger 2 body parameter added',
    before: { swagger: '2.0', info: {}, paths: { '/pets': { post: { responses: {} } } } },
    after: { swagger: '2.0', info: {}, paths: { '/pets': { post: { parameters: [{ name: 'pet', in: 'body', required: true, schema: { type: 'object' } }], responses: {} } } } },
    expected: ['POST /pets: Added a required request body'],
  },
]);
