/**
 * A real `groundwork serve` from the build (`npm test` builds first) on a free port with a
 * temporary SQLite database, and an admin token made by the real CLI.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

export const REPO_ROOT = fileURLToPath(new URL('../..', import.meta.url));
const BIN = join(REPO_ROOT, 'bin', 'groundwork.js');
export const WEB_DIST = join(REPO_ROOT, 'web', 'dist');

export interface RunningServer {
  baseUrl: string;
  token: string;
  dataDir: string;
  stop(): Promise<void>;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address !== null ? address.port : 0;
      probe.close(() => {
        resolve(port);
      });
    });
  });
}

async function waitForHealth(baseUrl: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`groundwork serve exited with ${child.exitCode}:\n${log()}`);
    try {
      const res = await fetch(`${baseUrl}/healthz`);
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 150));
  }
  throw new Error(`groundwork serve did not become healthy:\n${log()}`);
}

export async function startServer(): Promise<RunningServer> {
  if (!existsSync(join(REPO_ROOT, 'dist', 'main.js')) || !existsSync(join(WEB_DIST, 'index.html'))) {
    throw new Error('The e2e tests run the build: run `npm run build` first (npm test does).');
  }
  const dataDir = await mkdtemp(join(tmpdir(), 'groundwork-e2e-'));
  const { stdout } = await promisify(execFile)(process.execPath, [BIN, 'token', 'create', '--name', 'e2e', '--role', 'admin', '--data', dataDir, '--json'], {
    cwd: REPO_ROOT,
  });
  const parsed: unknown = JSON.parse(stdout);
  const token = typeof parsed === 'object' && parsed !== null && 'token' in parsed && typeof parsed.token === 'string' ? parsed.token : undefined;
  if (token === undefined) throw new Error(`token create printed no token: ${stdout}`);

  const port = await freePort();
  const child = spawn(process.execPath, [BIN, 'serve', '--host', '127.0.0.1', '--port', String(port), '--data', dataDir], {
    cwd: REPO_ROOT,
    env: { ...process.env, GROUNDWORK_LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d: Buffer) => (output += d.toString()));
  child.stderr.on('data', (d: Buffer) => (output += d.toString()));
  const baseUrl = `http://127.0.0.1:${port}`;
  await waitForHealth(baseUrl, child, () => output);

  return {
    baseUrl,
    token,
    dataDir,
    async stop() {
      if (child.exitCode === null) {
        const exited = new Promise((r) => child.once('exit', r));
        child.kill('SIGTERM');
        await exited;
      }
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
