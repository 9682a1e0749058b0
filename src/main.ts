/**
 * The `groundwork` CLI entry (bin). Each top-level command lives in its module and is
 * imported only when invoked (see cli/commands.ts), so `groundwork api lint` never loads
 * the server or the database drivers: whole-process time is what users measure.
 */
import { runCli } from './cli/program.js';

const code = await runCli();
// A server keeps running; short commands exit with their code once output is flushed.
if (code !== 0 || process.argv[2] !== 'serve') process.exitCode = code;
