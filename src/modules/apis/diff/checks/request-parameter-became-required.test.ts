import { check } from './request-parameter-became-required.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'optional to required', before: withQuery({ type: 'integer' }), after: withQuery({ type: 'integer' }, { required: true }), expected: ['POST /pets: The query parameter `limit` became required'] },
  { name: 'required to optional', before: withQuery({ type: 'integer' }, { required: true }), after: withQuery({ type: 'integer' }), expected: [] },
]);
