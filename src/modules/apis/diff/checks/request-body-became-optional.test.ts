import { check } from './request-body-became-optional.js';
import { checkVectors, withRequestSchema } from '../testing/vectors.js';

checkVectors(check, [
  { name: 'became optional', before: withRequestSchema({ type: 'object' }, true), after: withRequestSchema({ type: 'object' }, false), expected: ['POST /pets: The request body became optional'] },
  { name: 'became required', before: withRequestSchema({ type: 'object' }, false), after: withRequestSchema({ type: 'object' }, true), expected: [] },
]);
