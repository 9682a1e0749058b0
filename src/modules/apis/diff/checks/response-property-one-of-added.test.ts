import { check } from './response-property-one-of-added.js';
import { checkVectors, object, withResponseSchema } from '../testing/vectors.js';

const components = { schemas: { Cat: object({ meow: { type: 'boolean' } }), Dog: object({ bark: { type: 'boolean' } }) } };
const pet = (refs: string[]) => ({ ...withResponseSchema(object({ pet: { oneOf: refs.map((r) => ({ $ref: `#/components/schemas/${r}` })) } })), components });
checkVectors(check, [
  { name: 'new shape may come back', before: pet(['Cat']), after: pet(['Cat', 'Dog']), expected: ['POST /pets: Added Dog to the oneOf of the response property `pet` for status 200'] },
  { name: 'branch removed', before: pet(['Cat', 'Dog']), after: pet(['Cat']), expected: [] },
]);
