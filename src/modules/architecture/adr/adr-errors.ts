/**
 * Errors of the ADR tool. `AdrCompatError` carries one of adr-tools' own messages, printed
 * as adr-tools prints it (stdout, exit 1) so scripts written for adr-tools keep working;
 * `AdrInputError` is a Groundwork error (one line to stderr, exit 2).
 */
export class AdrCompatError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdrCompatError';
  }
}

export class AdrInputError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AdrInputError';
  }
}
