import { check } from './request-property-one-of-added.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

const components = { schemas: { Cat: object({ meow: { type: 'boolean' } }), Dog: object({ bark: { type: 'boolean' } }) } };
const pet = (refs: string[]) => ({ ...withRequestSchema({ oneOf: refs.map((r) => ({ $ref: `#/components/schemas/${r}` })) }), components });
checkVectors(check, [
  { name: 'branch added', before: pet(['Cat']), after: pet(['Cat', 'Dog']), expected: ['POST /pets: Added Dog to the oneOf of the request body'] },
  { name: 'branch removed', before: pet(['Cat', 'Dog']), after: pet(['Cat']), expected: [] },
]);
