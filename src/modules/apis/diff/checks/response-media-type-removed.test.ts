import { check } from './response-media-type-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

const ok = (...types: string[]) => operation({ responses: { '200': { description: 'ok', content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'object' } }])) } } });
checkVectors(check, [
  { name: 'xml dropped', before: ok('application/json', 'application/xml'), after: ok('application/json'), expected: ['POST /pets: The 200 response no longer offers the media type `application/xml`'] },
  { name: 'media type added', before: ok('application/json'), after: ok('application/json', 'application/xml'), expected: [] },
]);
