import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadDocument, parseDocument } from './index.js';

const corpus = (name: string) => join(import.meta.dirname, '../../../../../shared/corpora/openapi', name);

describe('document model', () => {
  it('parses a Swagger 2.0 JSON document and maps paths to 0-based ranges', () => {
    const loaded = loadDocument(corpus('argoproj-argo-workflows-swagger.json'));
    if (!loaded.ok) throw new Error(loaded.message);
    const doc = loaded.document;
    expect([...doc.formats]).toEqual(['oas2']);
    expect(doc.diagnostics).toEqual([]);
    const range = doc.rangeOf(['info', 'title']);
    const line = doc.text.split('\n')[range?.start.line ?? -1] ?? '';
    expect(line.trim().startsWith('"title"')).toBe(true);
  });

  it('parses a 3.1 YAML document and maps a nested path to the line of its key', () => {
    const loaded = loadDocument(corpus('openai-openai-openapi-openapi.yaml'));
    if (!loaded.ok) throw new Error(loaded.message);
    const doc = loaded.document;
    expect([...doc.formats].sort()).toEqual(['oas3', 'oas3_1']);
    const range = doc.rangeOf(['paths', '/audio/transcriptions', 'post', 'responses']);
    const lines = doc.text.split('\n');
    expect(lines[range?.start.line ?? -1]?.trim()).toBe('responses:');
    expect(lines[doc.rangeOf(['paths', '/audio/transcriptions'])?.start.line ?? -1]?.trim()).toBe('/audio/transcriptions:');
  });

  it('maps a missing path to its closest existing ancestor', () => {
    const doc = parseDocument('openapi: 3.0.0\ninfo:\n  title: x\n  version: "1"\npaths: {}\n', { source: 'a.yaml' });
    expect(doc.rangeOf(['info', 'contact', 'email'])).toEqual({ start: { line: 1, character: 0 }, end: { line: 3, character: 14 } });
    expect(doc.rangeOf(['info', 'contact'], false)).toBeUndefined();
  });

  it('reports broken input as diagnostics without throwing', () => {
    expect(parseDocument('', { source: 'empty.yaml' }).diagnostics[0]?.code).toBe('parser');
    const yaml = parseDocument('openapi: 3.0.0\ninfo: [\n', { source: 'bad.yaml' });
    expect(yaml.diagnostics[0]?.code).toBe('parser');
    expect(yaml.diagnostics[0]?.range.start.line).toBeGreaterThan(0);
    const json = parseDocument('{"openapi": "3.0.0", }}', { source: 'bad.json' });
    expect(json.diagnostics[0]?.code).toBe('parser');
    expect(parseDocument('name: not an api\n').formats.size).toBe(0);
  });

  it('resolves local refs, reports refs to nowhere and remote refs, and dereferences cycles finitely', () => {
    const doc = parseDocument(
      JSON.stringify({
        openapi: '3.0.0',
        components: {
          schemas: {
            Node: { type: 'object', properties: { next: { $ref: '#/components/schemas/Node' } } },
            Alias: { $ref: '#/components/schemas/Node' },
          },
        },
      }),
      { source: 'cycle.json' },
    );
    const alias = doc.resolveRef('#/components/schemas/Alias');
    expect(alias.ok && alias.target.path).toEqual(['components', 'schemas', 'Node']);
    expect(doc.resolveRef('#/components/schemas/Missing')).toMatchObject({ ok: false, code: 'invalid-ref' });
    expect(doc.resolveRef('https://example.com/schema.json')).toMatchObject({ ok: false, code: 'remote-ref' });
    const node = doc.dereference({ $ref: '#/components/schemas/Node' });
    expect(node).toEqual({ type: 'object', properties: { next: {} } });
  });

  it('follows relative file refs lazily', () => {
    const dir = mkdtempSync(join(tmpdir(), 'gw-doc-'));
    writeFileSync(join(dir, 'pet.yaml'), 'Pet:\n  type: object\n  properties:\n    name:\n      type: string\n');
    writeFileSync(join(dir, 'api.yaml'), "openapi: 3.0.3\npaths: {}\ncomponents:\n  schemas:\n    Pet:\n      $ref: './pet.yaml#/Pet'\n");
    const loaded = loadDocument(join(dir, 'api.yaml'));
    if (!loaded.ok) throw new Error(loaded.message);
    const resolved = loaded.document.resolveRef('./pet.yaml#/Pet');
    expect(resolved.ok && resolved.target.source).toBe(join(dir, 'pet.yaml'));
    expect(loaded.document.file(join(dir, 'pet.yaml'))?.rangeOf(['Pet', 'properties', 'name'])?.start).toEqual({ line: 3, character: 4 });
    expect(loaded.document.resolveRef('./nowhere.yaml#/X')).toMatchObject({ ok: false, code: 'invalid-ref' });
  });
});
