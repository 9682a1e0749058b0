import { check } from './api-server-removed.js';
import { api, checkVectors } from '../testing/vectors.js';

const servers = (...urls: string[]) => api({}, { servers: urls.map((url) => ({ url })) });
checkVectors(check, [
  { name: 'server dropped', before: servers('https://api.example.com/v1', 'https://eu.example.com/v1'), after: servers('https://api.example.com/v1'), expected: ['Removed the server `https://eu.example.com/v1`'] },
  {
    name: 'swagger 2 host change',
    before: { swagger: '2.0', info: {}, host: 'api.example.com', basePath: '/v1', paths: {} },
    after: { swagger: '2.0', info: {}, host: 'api.example.com', basePath: '/v2', paths: {} },
    expected: ['Removed the server `https://api.example.com/v1`'],
  },
  { name: 'trailing slash is no change', before: servers('https://api.example.com/v1/'), after: servers('https://api.example.com/v1'), expected: [] },
]);
