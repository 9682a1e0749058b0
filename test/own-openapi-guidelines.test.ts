/**
 * Groundwork's own API follows the guidelines it enforces: the OpenAPI document the server
 * publishes passes `groundwork:guidelines` with no error-severity finding.
 */
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../src/modules/apis/document/index.js';
import { lintDocument, loadRuleset } from '../src/modules/apis/lint/index.js';
import { DIALECTS } from './dialects.js';
import { buildTestApp } from './build-test-app.js';

describe('the server OpenAPI document', () => {
  it('passes groundwork:guidelines with no errors', async () => {
    const sqlite = DIALECTS.find((d) => d.name === 'sqlite')!;
    const t = await buildTestApp(sqlite);
    try {
      const text = (await t.app.inject({ url: '/api/v1/openapi.json' })).body;
      const findings = lintDocument(parseDocument(text, { source: 'openapi.json' }), await loadRuleset('groundwork:guidelines'));
      const errors = findings.filter((f) => f.severity === 0).map((f) => `${f.code} ${f.path.join('.')}: ${f.message}`);
      expect(errors).toEqual([]);
    } finally {
      await t.close();
    }
  });
});
