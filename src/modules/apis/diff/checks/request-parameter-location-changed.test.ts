import { check } from './request-parameter-location-changed.js';
import { checkVectors, withParameters } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'query to header', before: withParameters({ name: 'token', in: 'query' }), after: withParameters({ name: 'token', in: 'header' }), expected: ['POST /pets: The parameter `token` moved from query to header'] },
  { name: 'same place', before: withParameters({ name: 'token', in: 'query' }), after: withParameters({ name: 'token', in: 'query' }), expected: [] },
]);
