import { check } from './request-property-any-of-added.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

const id = (branches: object[]) => withRequestSchema(object({ id: { anyOf: branches } }));
checkVectors(check, [
  { name: 'branch added', before: id([{ type: 'string' }]), after: id([{ type: 'string' }, { type: 'integer' }]), expected: ['POST /pets: Added branch #2 to the anyOf of the request property `id`'] },
  { name: 'unchanged', before: id([{ type: 'string' }]), after: id([{ type: 'string' }]), expected: [] },
]);
