import { check } from './response-success-status-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

const responses = (...statuses: string[]) => operation({ responses: Object.fromEntries(statuses.map((s) => [s, { description: s }])) });
checkVectors(check, [
  { name: '201 removed', before: responses('201', '400'), after: responses('202', '400'), expected: ['POST /pets: Removed the success response with status 201'] },
  { name: 'error status removed is not this check', before: responses('200', '400'), after: responses('200'), expected: [] },
]);
