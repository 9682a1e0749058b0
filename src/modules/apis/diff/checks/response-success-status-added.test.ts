import { check } from './response-success-status-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

const responses = (...statuses: string[]) => operation({ responses: Object.fromEntries(statuses.map((s) => [s, { description: s }])) });
checkVectors(check, [
  { name: '202 added', before: responses('200'), after: responses('200', '202'), expected: ['POST /pets: Added the success response with status 202'] },
  { name: 'error added is not this check', before: responses('200'), after: responses('200', '409'), expected: [] },
]);
