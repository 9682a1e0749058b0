import { existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { spectralOas } from './index.js';

const rulesDir = join(import.meta.dirname, 'rules');

describe('spectral:oas registry', () => {
  const ids = Object.keys(spectralOas.rules);

  it('has the 57 rules of Spectral 6.16 spectral:oas', () => {
    expect(ids).toHaveLength(57);
  });

  it.each(ids)('%s has a file named by its id, a test file and documentation', (id) => {
    expect(existsSync(join(rulesDir, `${id}.ts`))).toBe(true);
    expect(existsSync(join(rulesDir, `${id}.test.ts`))).toBe(true);
    const rule = spectralOas.rules[id as keyof typeof spectralOas.rules];
    const text: unknown = 'description' in rule ? rule.description : 'message' in rule ? rule.message : undefined;
    expect(typeof text === 'string' && text.length > 10).toBe(true);
  });

  it('has no rule file that is not registered', () => {
    const files = readdirSync(rulesDir).filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'));
    expect(files.map((name) => name.slice(0, -3)).sort()).toEqual([...ids].sort());
  });
});
