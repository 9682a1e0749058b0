import { check } from './request-parameter-became-optional.js';
import { checkVectors, withQuery } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'required to optional', before: withQuery({ type: 'integer' }, { required: true }), after: withQuery({ type: 'integer' }), expected: ['POST /pets: The query parameter `limit` became optional'] },
  { name: 'optional to required', before: withQuery({ type: 'integer' }), after: withQuery({ type: 'integer' }, { required: true }), expected: [] },
]);
