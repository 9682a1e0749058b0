import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-info-contact';
const doc = (contact: string): string => yaml`
  openapi: 3.1.0
  info:
    title: T
    version: 1.0.0
    ${contact}
  paths: {}
`;

describe(ID, () => {
  it('accepts a contact with an email or a url', () => {
    expect(findingsOf(ID, doc('contact: { email: team@example.com }'))).toEqual([]);
    expect(findingsOf(ID, doc('contact: { url: https://example.com/team }'))).toEqual([]);
  });

  it('reports a missing contact at info and an unreachable one at info.contact', () => {
    const missing = findingsOf(ID, doc(''));
    expect(pathsOf(missing)).toEqual(['info']);
    expect(missing[0]?.range.start.line).toBe(1);
    expect(pathsOf(findingsOf(ID, doc('contact: { name: Team }')))).toEqual(['info.contact']);
  });

  it('can require a name (Swagger 2.0 too)', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: 1.0.0, contact: { email: a@example.com } }
      paths: {}
    `;
    expect(findingsOf(ID, swagger)).toEqual([]);
    expect(findingsOf(ID, swagger, { requireName: true })[0]?.message).toBe('info.contact needs a name.');
  });
});
