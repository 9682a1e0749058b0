/** The server's own OpenAPI 3.1 document, generated from the route schemas. */
import type { FastifyInstance } from 'fastify';
import swagger from '@fastify/swagger';
import { withPlatformResponses } from './openapi-platform-responses.js';

export async function installOpenApi(app: FastifyInstance, version: string): Promise<void> {
  await app.register(swagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Groundwork API',
        version,
        description:
          'Catalog, architecture, API governance and operational readiness for backend teams. Errors are RFC 9457 problem documents; lists use cursor pagination.',
        contact: { name: 'Groundwork maintainers', url: 'https://groundwork.dev' },
        license: { name: 'Apache-2.0', identifier: 'Apache-2.0' },
      },
      servers: [{ url: '/', description: 'This Groundwork server' }],
      components: {
        securitySchemes: {
          bearerAuth: { type: 'http', scheme: 'bearer', description: 'An API token from `groundwork token create`.' },
          sessionCookie: { type: 'apiKey', in: 'cookie', name: 'gw_session', description: 'A browser session from POST /api/v1/session.' },
        },
      },
      security: [{ bearerAuth: [] }, { sessionCookie: [] }],
    },
    transformObject: (documents) => withPlatformResponses('openapiObject' in documents ? documents.openapiObject : documents.swaggerObject),
  });
  app.get('/api/v1/openapi.json', { config: { public: true }, schema: { hide: true } }, async () => app.swagger());
}
