/**
 * Serves the built web UI (web/dist) at `/`: hashed assets cached for a year, index.html
 * revalidated, and every other non-API GET answered with index.html so deep links work.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import fastifyStatic from '@fastify/static';

// Only real asset types 404 when missing: a page URL may end in a dotted name such as the
// version label of /apis/payments/versions/1.2.0, and must still load the app.
const STATIC_FILE = /\.(?:js|mjs|css|map|html|json|txt|xml|ico|png|jpe?g|gif|svg|webp|avif|woff2?|ttf|webmanifest)$/i;

export async function installWebAssets(app: FastifyInstance, webDir: string): Promise<boolean> {
  if (!existsSync(join(webDir, 'index.html'))) return false;
  await app.register(fastifyStatic, {
    root: webDir,
    wildcard: false,
    preCompressed: false,
    setHeaders(res, path) {
      const immutable = path.includes(join(webDir, 'assets'));
      res.header('Cache-Control', immutable ? 'public, max-age=31536000, immutable' : 'no-cache');
    },
  });
  app.get('/*', { config: { public: true }, schema: { hide: true } }, async (request, reply) => {
    const path = request.url.split('?')[0] ?? '/';
    const looksLikeFile = STATIC_FILE.test(path);
    if (path.startsWith('/api/') || looksLikeFile) {
      reply.callNotFound();
      return reply;
    }
    return reply.header('Cache-Control', 'no-cache').sendFile('index.html');
  });
  return true;
}
