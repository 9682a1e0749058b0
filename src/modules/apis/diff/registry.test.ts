import { readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { allChecks, checks } from './registry.js';

const checksDir = join(dirname(fileURLToPath(import.meta.url)), 'checks');
const files = readdirSync(checksDir);
const sources = files.filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).map((f) => f.slice(0, -3));

describe('check registry', () => {
  it('registers every file in checks/ and nothing else', () => {
    expect(Object.keys(checks).sort()).toEqual([...sources].sort());
  });

  it.each(Object.entries(checks))('%s: key, meta id and file name agree, and it has a test', (key, check) => {
    expect(check.meta.id).toBe(key);
    expect(files).toContain(`${key}.ts`);
    expect(files).toContain(`${key}.test.ts`);
    expect(check.meta.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
    expect(check.meta.description.length).toBeGreaterThan(10);
    expect(check.meta.message).not.toBe('');
  });

  it('has unique ids and covers every level', () => {
    const ids = allChecks.map((c) => c.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    const levels = new Set(allChecks.map((c) => c.meta.level));
    expect([...levels].sort()).toEqual(['breaking', 'info', 'warning']);
  });
});
