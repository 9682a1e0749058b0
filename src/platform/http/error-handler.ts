/**
 * One error handler for the whole API: typed domain errors, schema validation failures and
 * Fastify's own client errors become RFC 9457 problem documents with the right status;
 * anything else is logged with the request id and answered as a 500 without internals.
 */
import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { BadRequestError, ConflictError, DomainError, UnauthorizedError, ValidationError } from '../errors.js';
import { problem, type Problem } from './problem.js';

const CLIENT_ERROR_TYPES: Record<string, { type: string; detail?: string }> = {
  FST_ERR_CTP_INVALID_JSON_BODY: { type: 'malformed-json', detail: 'The request body is not valid JSON.' },
  FST_ERR_CTP_EMPTY_JSON_BODY: { type: 'malformed-json', detail: 'The request body is empty but declared as JSON.' },
  FST_ERR_CTP_BODY_TOO_LARGE: { type: 'payload-too-large' },
  FST_ERR_CTP_INVALID_MEDIA_TYPE: { type: 'unsupported-media-type' },
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: { type: 'bad-request' },
};

const STATUS_TITLES: Record<number, string> = {
  400: 'Bad Request',
  401: 'Unauthorized',
  403: 'Forbidden',
  404: 'Not Found',
  405: 'Method Not Allowed',
  406: 'Not Acceptable',
  409: 'Conflict',
  412: 'Precondition Failed',
  413: 'Content Too Large',
  415: 'Unsupported Media Type',
  422: 'Unprocessable Content',
  428: 'Precondition Required',
  429: 'Too Many Requests',
  500: 'Internal Server Error',
  503: 'Service Unavailable',
};

export function titleOf(status: number): string {
  return STATUS_TITLES[status] ?? 'Error';
}

export function sendProblem(reply: FastifyReply, body: Problem): FastifyReply {
  return reply.status(body.status).type('application/problem+json').send(body);
}

function fromDomainError(error: DomainError, instance: string): Problem {
  const body: Problem = problem(error.status, error.type, error.title, error.message, instance);
  if (error instanceof ValidationError || error instanceof BadRequestError) {
    if (error.errors.length > 0) body.errors = [...error.errors];
  }
  if (error instanceof ConflictError && error.details !== undefined) {
    return Object.assign(body, { details: error.details });
  }
  return body;
}

function fromValidation(error: FastifyError, instance: string): Problem {
  const errors = (error.validation ?? []).map((v) => {
    const missing = v.keyword === 'required' && typeof v.params.missingProperty === 'string' ? `/${v.params.missingProperty}` : '';
    const extra =
      v.keyword === 'additionalProperties' && typeof v.params.additionalProperty === 'string'
        ? `/${v.params.additionalProperty}`
        : '';
    const base = v.instancePath === '' ? '' : v.instancePath;
    const message = extra !== '' ? 'is not a known field' : (v.message ?? 'is invalid');
    return { field: `${error.validationContext ?? 'body'}${base}${missing}${extra}`, message };
  });
  const unique = [...new Map(errors.map((e) => [`${e.field}\u0000${e.message}`, e])).values()];
  const body = problem(400, 'invalid-request', 'Bad Request', `The request ${error.validationContext ?? 'body'} is invalid.`, instance);
  body.errors = unique;
  return body;
}

export function installErrorHandler(app: FastifyInstance): void {
  app.setErrorHandler((error: FastifyError, request: FastifyRequest, reply: FastifyReply) => {
    const instance = request.url.split('?')[0] ?? request.url;
    let body: Problem;
    if (error instanceof DomainError) {
      body = fromDomainError(error, instance);
      if (error instanceof UnauthorizedError) void reply.header('WWW-Authenticate', 'Bearer');
    } else if (error.validation) {
      body = fromValidation(error, instance);
    } else if (typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500) {
      const known = CLIENT_ERROR_TYPES[error.code];
      body = problem(
        error.statusCode,
        known?.type ?? 'client-error',
        titleOf(error.statusCode),
        known?.detail ?? error.message,
        instance,
      );
    } else {
      request.log.error({ err: error }, 'unhandled error');
      body = problem(500, 'internal-error', titleOf(500), 'The server failed to answer this request; the request id identifies it in the logs.', instance);
    }
    body.requestId = request.id;
    return sendProblem(reply, body);
  });
}
