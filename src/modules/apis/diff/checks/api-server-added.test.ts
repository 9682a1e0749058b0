import { check } from './api-server-added.js';
import { api, checkVectors } from '../testing/vectors.js';

const servers = (...urls: string[]) => api({}, { servers: urls.map((url) => ({ url })) });
checkVectors(check, [
  { name: 'server added', before: servers('https://api.example.com'), after: servers('https://api.example.com', 'https://eu.example.com'), expected: ['Added the server `https://eu.example.com`'] },
  { name: 'unchanged', before: servers('https://api.example.com'), after: servers('https://api.example.com'), expected: [] },
]);
