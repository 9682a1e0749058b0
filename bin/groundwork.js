#!/usr/bin/env node
// The published entry (`npm run build:server` first). It is CommonJS (bin/package.json) so
// that `groundwork api lint` starts without Node's ES module loader: it runs straight from
// its bundle, dist/lint-cli (ADR 0020, 0022). Every other command runs dist/main.js.
'use strict';
const { existsSync } = require('node:fs');
const { join } = require('node:path');

const lintCli = join(__dirname, '..', 'dist', 'lint-cli');
if (process.argv[2] === 'api' && process.argv[3] === 'lint' && existsSync(join(lintCli, 'start.cjs'))) {
  require(join(lintCli, 'start.cjs'))
    .runLintBundle(join(lintCli, 'lint.main.cjs'), process.argv)
    .then(
      (code) => {
        process.exitCode = code;
      },
      (error) => {
        // A broken build (the lint's own errors are reported inside the bundle).
        process.stderr.write(`groundwork: ${error instanceof Error ? error.message : String(error)}\n`);
        process.exitCode = 2;
      },
    );
} else {
  import('../dist/main.js').catch((error) => {
    process.stderr.write(`groundwork: cannot start: ${error instanceof Error ? error.message : String(error)} (run \`npm run build\` first?)\n`);
    process.exitCode = 2;
  });
}
