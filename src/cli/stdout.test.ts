import { spawn, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

const module = new URL('./stdout.ts', import.meta.url).href;
const script = (bytes: number) => `import(${JSON.stringify(module)}).then((m) => m.writeStdout('x'.repeat(${String(bytes)}) + 'end\\n'))`;

describe('writeStdout', () => {
  it('writes everything to a pipe, however large', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', '-e', script(5_000_000)], { encoding: 'utf8', maxBuffer: 1 << 24 });
    expect(result.status).toBe(0);
    expect(result.stdout).toHaveLength(5_000_004);
    expect(result.stdout.endsWith('xend\n')).toBe(true);
  });

  it('ends quietly when the reader closes the pipe early (| head)', async () => {
    const child = spawn(process.execPath, ['--import', 'tsx', '-e', script(50_000_000)], { stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.stdout.once('data', () => child.stdout.destroy());
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).toBe('');
    expect(code).toBe(0);
  });
});
