import { check } from './response-header-became-optional.js';
import { checkVectors, operation } from '../testing/vectors.js';

const headers = (h: Record<string, object>) => operation({ responses: { '200': { description: 'ok', headers: h } } });
checkVectors(check, [
  { name: 'changed', before: headers({ Link: { required: true } }), after: headers({ Link: { required: false } }), expected: ['POST /pets: The response header `Link` for status 200 is no longer always sent (became optional)'] },
  { name: 'not this change', before: headers({ Link: {} }), after: headers({ Link: { required: true } }), expected: [] },
]);
