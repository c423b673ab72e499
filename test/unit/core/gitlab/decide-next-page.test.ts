import { describe, expect, it } from 'vitest';
import { decideNextPage, maxPagesPerListing } from '../../../../electron/core/gitlab/decide-next-page';

const facts = (page: number, headers: Record<string, string>, itemCount = 100) => ({
  headers,
  page,
  itemCount,
  endpoint: 'projects/1/pipelines',
  requestUrl: 'https://gitlab.example.edu/api/v4/projects/1/pipelines?page=1',
});

describe('decideNextPage', () => {
  it('ends past x-total-pages even when x-next-page says otherwise', () => {
    expect(decideNextPage(facts(3, { 'x-next-page': '4', 'x-total-pages': '3' }))).toBeNull();
  });

  it('refuses a listing that announces pages past any real one, naming the endpoint', () => {
    expect(() => decideNextPage(facts(maxPagesPerListing, { 'x-next-page': String(maxPagesPerListing + 1) }))).toThrow(/projects\/1\/pipelines.*bad response/);
  });
});
