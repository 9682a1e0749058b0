import { check } from './request-body-media-type-removed.js';
import { checkVectors, operation } from '../testing/vectors.js';

const body = (...types: string[]) => operation({ requestBody: { content: Object.fromEntries(types.map((t) => [t, { schema: { type: 'object' } }])) } });
checkVectors(check, [
  { name: 'form encoding dropped', before: body('application/json', 'application/x-www-form-urlencoded'), after: body('application/json'), expected: ['POST /pets: The request body no longer accepts the media type `application/x-www-form-urlencoded`'] },
  { name: 'media type names are case-insensitive', before: body('application/json'), after: body('Application/JSON'), expected: [] },
]);
