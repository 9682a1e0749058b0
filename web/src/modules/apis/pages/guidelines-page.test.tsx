// @vitest-environment happy-dom
import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { guidelineRules } from '../../../../../src/modules/apis/lint/rulesets/groundwork-guidelines.js';
import { ADMIN_SESSION, FakeServer } from '../../../test/fake-server.js';
import { renderApp } from '../../../test/render-app.js';

describe('API guidelines page', () => {
  it('lists every guideline rule by category with severity, rationale and good and bad examples', async () => {
    renderApp('/apis/guidelines', new FakeServer().on('GET', '/api/v1/session', { body: ADMIN_SESSION }));
    expect(await screen.findByRole('heading', { name: 'API design guidelines', level: 1 })).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 2 }).map((h) => h.textContent)).toEqual(
      expect.arrayContaining(['Naming', 'Errors', 'Pagination', 'Versioning', 'Security', 'Documentation']),
    );
    expect(screen.getAllByRole('article')).toHaveLength(Object.keys(guidelineRules).length);

    const kebab = screen.getByRole('article', { name: /gw-paths-kebab-case/ });
    expect(within(kebab).getByText(guidelineRules['gw-paths-kebab-case'].severity)).toBeTruthy();
    expect(kebab.textContent).toContain('URLs are case-sensitive');
    expect(within(kebab).getByText('Good').nextElementSibling?.textContent).toContain('/line-items/{itemId}');
    expect(within(kebab).getByText('Bad').nextElementSibling?.textContent).toContain('/lineItems/{itemId}');
    // Inline `code` in descriptions is rendered as code.
    expect(within(kebab).getAllByText('-').some((el) => el.tagName === 'CODE')).toBe(true);
  });
});
