import { DomainError } from '../errors.js';

/** The server cannot answer now (database down, shutting down); clients may retry. */
export class ServiceUnavailableError extends DomainError {
  readonly status = 503;
  readonly type = 'service-unavailable';
  constructor(message: string) {
    super(message, 'Service Unavailable');
  }
}
