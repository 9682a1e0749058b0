import { check } from './response-media-type-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

const ok = (...types: string[]) => operation({ responses: { '200': { description: 'ok', content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'object' } }])) } } });
checkVectors(check, [
  { name: 'xml added', before: ok('application/json'), after: ok('application/json', 'application/xml'), expected: ['POST /pets: The 200 response now also offers the media type `application/xml`'] },
  { name: 'unchanged', before: ok('application/json'), after: ok('application/json'), expected: [] },
]);
