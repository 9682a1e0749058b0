import { check } from './request-body-media-type-added.js';
import { checkVectors, operation } from '../testing/vectors.js';

const body = (...types: string[]) => operation({ requestBody: { content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'object' } }])) } });
checkVectors(check, [
  { name: 'media type added', before: body('application/json'), after: body('application/json', 'application/xml'), expected: ['POST /pets: The request body now also accepts the media type `application/xml`'] },
  { name: 'unchanged', before: body('application/json'), after: body('application/json'), expected: [] },
]);
