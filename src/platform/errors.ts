/**
 * The few typed domain errors. Each carries a stable `type` slug (documented in
 * docs/errors.md and served as `https://groundwork.dev/problems/<type>`) and a message a
 * user can act on. The HTTP error handler maps them to RFC 9457 problem documents; the
 * CLI prints their message on one line.
 */
export interface InvalidField {
  /** JSON pointer or dotted path of the offending field, e.g. `/owner`. */
  readonly field: string;
  readonly message: string;
}

export abstract class DomainError extends Error {
  abstract readonly status: number;
  abstract readonly type: string;
  readonly title: string;
  constructor(message: string, title: string) {
    super(message);
    this.title = title;
    this.name = new.target.name;
  }
}

export class NotFoundError extends DomainError {
  readonly status = 404;
  readonly type = 'not-found';
  constructor(message: string) {
    super(message, 'Not Found');
  }
}

export class ConflictError extends DomainError {
  readonly status = 409;
  readonly type: string;
  readonly details: unknown;
  constructor(message: string, options: { type?: string; details?: unknown } = {}) {
    super(message, 'Conflict');
    this.type = options.type ?? 'conflict';
    this.details = options.details;
  }
}

export class ValidationError extends DomainError {
  readonly status = 422;
  readonly type = 'validation-failed';
  readonly errors: readonly InvalidField[];
  constructor(message: string, errors: readonly InvalidField[] = []) {
    super(message, 'Unprocessable Content');
    this.errors = errors;
  }
}

export class BadRequestError extends DomainError {
  readonly status = 400;
  readonly type: string;
  readonly errors: readonly InvalidField[];
  constructor(message: string, options: { type?: string; errors?: readonly InvalidField[] } = {}) {
    super(message, 'Bad Request');
    this.type = options.type ?? 'bad-request';
    this.errors = options.errors ?? [];
  }
}

export class UnauthorizedError extends DomainError {
  readonly status = 401;
  readonly type = 'unauthorized';
  constructor(message = 'A valid bearer token or session is required.') {
    super(message, 'Unauthorized');
  }
}

export class ForbiddenError extends DomainError {
  readonly status = 403;
  readonly type = 'forbidden';
  constructor(message: string) {
    super(message, 'Forbidden');
  }
}

export class PreconditionFailedError extends DomainError {
  readonly status = 412;
  readonly type = 'precondition-failed';
  constructor(message: string) {
    super(message, 'Precondition Failed');
  }
}

export class PreconditionRequiredError extends DomainError {
  readonly status = 428;
  readonly type = 'precondition-required';
  constructor(message: string) {
    super(message, 'Precondition Required');
  }
}
