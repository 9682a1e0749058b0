import { check } from './request-property-any-of-removed.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

const id = (branches: object[]) => withRequestSchema(object({ id: { anyOf: branches } }));
checkVectors(check, [
  { name: 'inline branch removed', before: id([{ type: 'string' }, { type: 'integer' }]), after: id([{ type: 'string' }]), expected: ['POST /pets: Removed branch #2 from the anyOf of the request property `id`'] },
  { name: 'null branch is nullability, not a branch', before: id([{ type: 'string' }, { type: 'null' }]), after: id([{ type: 'string' }]), expected: [] },
]);
