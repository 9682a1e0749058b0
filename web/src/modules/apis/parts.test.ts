import { describe, expect, it } from 'vitest';
import apis from './module.js';
import { apiPath, MODULE_PAGES, versionPath } from './parts.js';

describe('API page paths', () => {
  it('puts an API at /apis/NAME, one level down when the name is one of the module pages', () => {
    expect(apiPath('payments')).toBe('/apis/payments');
    expect(apiPath('guidelines')).toBe('/apis/guidelines/overview');
    expect(apiPath('deprecations')).toBe('/apis/deprecations/overview');
    expect(versionPath('guidelines', '1.0.0')).toBe('/apis/guidelines/versions/1.0.0');
  });

  it('reserves exactly the static pages the module routes', () => {
    const statics = apis.routes.map((route) => route.path).filter((path): path is string => path !== undefined && !path.includes(':'));
    expect(new Set(statics)).toEqual(new Set(MODULE_PAGES));
    expect(apis.routes.some((route) => route.path === ':name/overview')).toBe(true);
  });
});
