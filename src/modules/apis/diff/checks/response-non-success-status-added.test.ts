import { check } from './response-non-success-status-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

const responses = (...statuses: string[]) => operation({ responses: Object.fromEntries(statuses.map((s) => [s, { description: s }])) });
checkVectors(check, [
  { name: '409 added', before: responses('200'), after: responses('200', '409'), expected: ['POST /pets: Added the response with status 409'] },
  { name: 'unchanged', before: responses('200'), after: responses('200'), expected: [] },
]);
