import { check } from './request-property-one-of-removed.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

const components = { schemas: { Cat: object({ meow: { type: 'boolean' } }), Dog: object({ bark: { type: 'boolean' } }) } };
const pet = (refs: string[]) => ({ ...withRequestSchema({ oneOf: refs.map((r) => ({ $ref: `#/components/schemas/${r}` })) }), components });
checkVectors(check, [
  { name: 'branch removed', before: pet(['Cat', 'Dog']), after: pet(['Cat']), expected: ['POST /pets: Removed Dog from the oneOf of the request body'] },
  { name: 'branch added', before: pet(['Cat']), after: pet(['Cat', 'Dog']), expected: [] },
]);
