import { describe, expect, it } from 'vitest';
import { fieldErrors, fieldKey, toProblem } from './problem.js';

describe('problem documents', () => {
  it('maps field pointers and paths to form field names', () => {
    expect(fieldKey('/owner')).toBe('owner');
    expect(fieldKey('/body/owner')).toBe('owner');
    expect(fieldKey('body.links[0].url')).toBe('links');
    expect(fieldKey('name')).toBe('name');
    expect(fieldKey('')).toBe('');
  });

  it('groups messages by field', () => {
    const problem = toProblem(422, 'Unprocessable', {
      title: 'Invalid',
      status: 422,
      errors: [
        { field: '/owner', message: 'unknown team' },
        { field: '/owner', message: 'second' },
        { field: '/tier', message: 'must be <= 4' },
      ],
    });
    expect(fieldErrors(problem)).toEqual(
      new Map([
        ['owner', ['unknown team', 'second']],
        ['tier', ['must be <= 4']],
      ]),
    );
  });

  it('survives bodies that are not problem documents', () => {
    expect(toProblem(502, 'Bad Gateway', '<html>')).toEqual({ type: 'about:blank', title: 'Bad Gateway', status: 502 });
  });
});
