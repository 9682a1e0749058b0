import { describe, expect, it } from 'vitest';
import { percent, uiFixLink } from './fix-link.js';

describe('uiFixLink', () => {
  it('sends catalog facts to the service edit page', () => {
    expect(uiFixLink('/api/v1/services/artist-lookup', 'artist-lookup')).toBe('/catalog/services/artist-lookup/edit');
  });
  it('sends attestations to the check on the readiness page', () => {
    expect(uiFixLink('/api/v1/services/web-shop/attestations?scorecard=production-readiness&check=load-tested', 'web-shop')).toBe('/readiness/services/web-shop#check-load-tested');
  });
  it('maps dependencies and APIs, and refuses what it does not know', () => {
    expect(uiFixLink('/api/v1/dependencies?source=web-shop', 'x')).toBe('/catalog/services/web-shop');
    expect(uiFixLink('/api/v1/apis', 'x')).toBe('/apis');
    expect(uiFixLink('/api/v1/adrs?service=web-shop', 'web-shop')).toBe('/architecture/adrs');
    expect(uiFixLink('/api/v1/reviews?service=web-shop&overdue=true', 'web-shop')).toBe('/architecture/reviews');
    expect(uiFixLink('/api/v1/whatever', 'x')).toBeNull();
    expect(uiFixLink(null, 'x')).toBeNull();
  });
  it('rounds shares to percentages', () => {
    expect(percent(2 / 3)).toBe('67%');
  });
});
