/**
 * A CLI failure with the exit code the architecture prescribes: 1 when findings fail the
 * run (lint errors, breaking changes, a readiness gate), 2 for usage or input errors.
 * `main.ts` prints the message on one line to stderr and exits with the code.
 */
export class CliError extends Error {
  readonly exitCode: 1 | 2;
  constructor(message: string, exitCode: 1 | 2 = 2) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
