/** Logging options and Prometheus metrics. Each app owns its registry (no globals). */
import type { FastifyInstance } from 'fastify';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import type { FastifyServerOptions } from 'fastify';

export function loggerOptions(level: string): FastifyServerOptions['logger'] {
  if (level === 'silent') return false;
  return {
    level,
    // Credentials never reach the logs.
    redact: { paths: ['req.headers.authorization', 'req.headers.cookie', 'req.headers["x-csrf-token"]', 'res.headers["set-cookie"]'], censor: '[redacted]' },
  };
}

export interface PoolStats {
  total: number;
  idle: number;
  waiting: number;
}

export function installMetrics(app: FastifyInstance, poolStats: () => PoolStats): Registry {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const requests = new Counter({
    name: 'groundwork_http_requests_total',
    help: 'HTTP requests answered, by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    registers: [registry],
  });
  const latency = new Histogram({
    name: 'groundwork_http_request_duration_seconds',
    help: 'HTTP request latency, by method, route and status.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
    registers: [registry],
  });
  new Gauge({
    name: 'groundwork_db_pool_connections',
    help: 'Database connections by state (total, idle, waiting).',
    labelNames: ['state'] as const,
    registers: [registry],
    collect() {
      const stats = poolStats();
      this.set({ state: 'total' }, stats.total);
      this.set({ state: 'idle' }, stats.idle);
      this.set({ state: 'waiting' }, stats.waiting);
    },
  });
  // One pair of labelled children per (method, route, status): prom-client hashes the label
  // object on every call otherwise, a measurable share of a cheap request.
  const children = new Map<string, { count: () => void; observe: (seconds: number) => void }>();
  const childrenOf = (method: string, route: string, status: number) => {
    const key = `${method} ${route} ${String(status)}`;
    let child = children.get(key);
    if (!child) {
      const labels = { method, route, status: String(status) };
      const counter = requests.labels(labels);
      const histogram = latency.labels(labels);
      child = {
        count: () => {
          counter.inc();
        },
        observe: (seconds) => {
          histogram.observe(seconds);
        },
      };
      children.set(key, child);
    }
    return child;
  };
  app.addHook('onResponse', (request, reply, done) => {
    const child = childrenOf(request.method, request.routeOptions.url ?? 'unmatched', reply.statusCode);
    child.count();
    child.observe(reply.elapsedTime / 1000);
    done();
  });
  return registry;
}
