import { check } from './response-non-success-status-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

const responses = (...statuses: string[]) => operation({ responses: Object.fromEntries(statuses.map((s) => [s, { description: s }])) });
checkVectors(check, [
  { name: '404 removed', before: responses('200', '404'), after: responses('200'), expected: ['POST /pets: Removed the response with status 404'] },
  { name: 'success removed is not this check', before: responses('200', '201'), after: responses('200'), expected: [] },
]);

checkVectors(check, [
  { name: 'default response keeps its spelling', before: responses('200', 'default'), after: responses('200'), expected: ['POST /pets: Removed the response with status default'] },
]);
