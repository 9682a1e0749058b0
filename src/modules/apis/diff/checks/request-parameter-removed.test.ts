import { check } from './request-parameter-removed.js';
import { checkVectors, withParameters } from '../testing/vectors.js';

const q = { name: 'q', in: 'query', schema: { type: 'string' } };
checkVectors(check, [
  { name: 'removed', before: withParameters(q), after: withParameters(), expected: ['POST /pets: Removed the query parameter `q`'] },
  { name: 'header names are case-insensitive', before: withParameters({ name: 'X-Id', in: 'header' }), after: withParameters({ name: 'x-id', in: 'header' }), expected: [] },
  { name: 'moved to a header is a location change', before: withParameters(q), after: withParameters({ ...q, in: 'header' }), expected: [] },
]);
