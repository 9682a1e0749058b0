/**
 * Standard output for short commands without `process.stdout`: creating that stream loads
 * Node's net and stream modules, which costs `api lint` a few milliseconds of its start-up
 * (ADR 0022). On Linux `process.stdout` writes synchronously to files, pipes and terminals
 * anyway, so the order of output is the same.
 */
import { writeSync } from 'node:fs';

/** Creates `process.stdout`: ask only when the answer matters (colours for a terminal). */
export function stdoutIsTerminal(): boolean {
  return process.stdout.isTTY;
}

function errorCode(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? Reflect.get(error, 'code') : undefined;
}

/**
 * Writes `text` to file descriptor 1. A pipe its reader has closed (`| head`) ends the output
 * quietly; a pipe left non-blocking by the parent (EAGAIN) gets the rest through
 * `process.stdout`, which waits for it.
 */
export function writeStdout(text: string): void {
  const bytes = Buffer.from(text, 'utf8');
  let offset = 0;
  try {
    while (offset < bytes.length) offset += writeSync(1, bytes, offset);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EPIPE') return;
    if (code !== 'EAGAIN') throw error;
    process.stdout.once('error', (streamError) => {
      if (errorCode(streamError) !== 'EPIPE') throw streamError;
    });
    process.stdout.write(bytes.subarray(offset));
  }
}
