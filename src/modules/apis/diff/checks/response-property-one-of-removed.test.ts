import { check } from './response-property-one-of-removed.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

const components = { schemas: { Cat: object({ meow: { type: 'boolean' } }), Dog: object({ bark: { type: 'boolean' } }) } };
const pet = (refs: string[]) => ({ ...withResponseSchema(object({ pet: { oneOf: refs.map((r) => ({ $ref: `#/components/schemas/${r}` })) } })), components });
checkVectors(check, [
  { name: 'shape no longer returned', before: pet(['Cat', 'Dog']), after: pet(['Cat']), expected: ['POST /pets: Removed Dog from the oneOf of the response property `pet` for status 200'] },
  { name: 'branch added', before: pet(['Cat']), after: pet(['Cat', 'Dog']), expected: [] },
]);
