import { describe, expect, it } from 'vitest';
import { aService } from '../../../test/fixtures.js';
import { emptyServiceForm, fromService, parseLinks, toServiceInput, toServicePatch } from './service-form.js';

describe('service form mapping', () => {
  it('leaves blank fields out of a create and parses lists', () => {
    const input = toServiceInput({
      ...emptyServiceForm(),
      name: ' orders ',
      tier: '3',
      lifecycle: 'production',
      tags: 'a, b  c',
      links: 'Docs https://docs.example.com\nhttps://x.example.com',
      dashboards: 'https://d1\n\nhttps://d2',
    });
    expect(input).toEqual({
      name: 'orders',
      tier: 3,
      lifecycle: 'production',
      tags: ['a', 'b', 'c'],
      links: [{ title: 'Docs', url: 'https://docs.example.com' }, { url: 'https://x.example.com' }],
      dashboards: ['https://d1', 'https://d2'],
    });
  });

  it('patches only what changed, clearing with null', () => {
    const original = fromService(aService({ name: 'orders', title: 'Orders', owner: 'payments', tier: 1, tags: ['a'], links: [{ url: 'https://x', title: 'X' }] }));
    expect(toServicePatch(original, original)).toEqual({});
    expect(toServicePatch(original, { ...original, title: '', tier: '2', tags: 'a b' })).toEqual({ title: null, tier: 2, tags: ['a', 'b'] });
  });

  it('round-trips links through the text area', () => {
    const links = [{ url: 'https://a', title: 'Run book' }, { url: 'https://b' }];
    expect(parseLinks(fromService(aService({ name: 'x', links })).links)).toEqual(links);
  });
});
