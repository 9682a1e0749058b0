import { check } from './request-property-type-changed.js';
import { checkVectors, object, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'property string to integer', before: withRequestSchema(object({ age: { type: 'string' } })), after: withRequestSchema(object({ age: { type: 'integer' } })), expected: ['POST /pets: The request property `age` changed type from string to integer'] },
  { name: 'body object to array', before: withRequestSchema(object({})), after: withRequestSchema({ type: 'array', items: {} }), expected: ['POST /pets: The request body changed type from object to array'] },
  { name: 'items type of an array property', before: withRequestSchema(object({ ids: { type: 'array', items: { type: 'string' } } })), after: withRequestSchema(object({ ids: { type: 'array', items: { type: 'integer' } } })), expected: ['POST /pets: The request property `ids/items` changed type from string to integer'] },
  { name: 'widened is not breaking', before: withRequestSchema(object({ age: { type: 'integer' } })), after: withRequestSchema(object({ age: { type: 'number' } })), expected: [] },
]);
