import { describe, expect, it } from 'vitest';
import { yaml } from './support/dedent.js';
import { findingsOf, pathsOf } from './support/lint-text.js';

const ID = 'gw-info-version-format';
const doc = (version: string): string => yaml`
  openapi: 3.0.3
  info:
    title: T
    version: ${version}
  paths: {}
`;

describe(ID, () => {
  it('accepts semantic versions and calendar dates', () => {
    for (const version of ['1.0.0', '2.3.0', '1.0.0-beta.2', '1.0.0+build.7', "'2024-06-01'"]) {
      expect(findingsOf(ID, doc(version)), version).toEqual([]);
    }
  });

  it('reports other versions at info.version, with its range', () => {
    for (const version of ['VERSION', "'1.0'", 'v2', 'unversioned', "'10'", '2024-02-30']) {
      const findings = findingsOf(ID, doc(version));
      expect(pathsOf(findings), version).toEqual(['info.version']);
    }
    expect(findingsOf(ID, doc('v2'))[0]?.range.start).toEqual({ line: 3, character: 2 });
  });

  it('can refuse date versions (Swagger 2.0 too)', () => {
    const swagger = yaml`
      swagger: '2.0'
      info: { title: T, version: '2024-06-01' }
      paths: {}
    `;
    expect(findingsOf(ID, swagger)).toEqual([]);
    expect(findingsOf(ID, swagger, { allowDate: false })[0]?.message).toBe(
      'info.version "2024-06-01" is not a semantic version (MAJOR.MINOR.PATCH, e.g. 1.0.0).',
    );
  });
});
