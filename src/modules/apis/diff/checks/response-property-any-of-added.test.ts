import { check } from './response-property-any-of-added.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

const id = (branches: object[]) => withResponseSchema(object({ id: { anyOf: branches } }));
checkVectors(check, [
  { name: 'new branch', before: id([{ type: 'string' }]), after: id([{ type: 'string' }, { type: 'integer' }]), expected: ['POST /pets: Added branch #2 to the anyOf of the response property `id` for status 200'] },
  { name: 'null branch is nullability', before: id([{ type: 'string' }]), after: id([{ type: 'string' }, { type: 'null' }]), expected: [] },
]);
