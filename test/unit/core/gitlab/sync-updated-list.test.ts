import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GitlabClient, Page } from '../../../../electron/core/gitlab/gitlab-client';
import { syncUpdatedList, type UpdatedListCursor } from '../../../../electron/core/gitlab/sync-updated-list';
import type { TeamSyncContext } from '../../../../electron/core/gitlab/team-sync-context';
import { createStore, type Store } from '../../../../electron/core/store/create-store';
import { makeTempDir } from '../../../support/temp-dir';

interface Item {
  id: number;
  updated_at: string;
}

describe('syncUpdatedList', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let store: Store;
  let ctx: TeamSyncContext;
  let written: number[];

  beforeEach(() => {
    temp = makeTempDir();
    store = createStore(temp.path);
    const projectRowId = store.projects.upsertProject('https://gitlab.example.edu', {
      gitlabId: 7,
      name: 'p',
      pathWithNamespace: 'g/p',
      webUrl: 'https://gitlab.example.edu/g/p',
      defaultBranch: 'main',
      isArchived: false,
      lastActivityAt: null,
    });
    ctx = {
      client: {} as GitlabClient,
      store,
      instanceUrl: 'https://gitlab.example.edu',
      projectRowId,
      gitlabProjectId: 7,
      fetched: { projects: 0, members: 0, commits: 0, branches: 0, tags: 0, mergeRequests: 0, issues: 0, notes: 0, pipelines: 0, jobs: 0 },
      onPage: () => undefined,
      onSkipped: () => undefined,
      userLookups: new Map(),
      deferredUserIds: new Set(),
      loadCourseStaff: async () => null,
      loadInstanceVersion: async () => null,
    };
    written = [];
  });
  afterEach(() => {
    store.close();
    temp.cleanup();
  });

  function run(pages: Page[], seen: Array<{ filter: string | null; page: number }>, failOnPage?: number) {
    return syncUpdatedList<Item, null>(ctx, {
      resource: 'issues',
      fetchPage: async (filter, page) => {
        seen.push({ filter, page });
        if (page === failOnPage) throw new Error('connection lost');
        return pages[page - 1] ?? { items: [], endpoint: 'projects/1/issues', nextPage: null };
      },
      parse: (page) => page.items as Item[],
      updatedAtOf: (item) => item.updated_at,
      prepare: async () => null,
      write: (items) => written.push(...items.map((i) => i.id)),
    });
  }

  const pages: Page[] = [
    { items: [{ id: 1, updated_at: '2026-03-01T10:00:00.000Z' }], endpoint: 'projects/1/issues', nextPage: 2, serverDate: '2026-03-01T12:00:00.000Z' },
    { items: [{ id: 2, updated_at: '2026-03-01T11:00:00.000Z' }], endpoint: 'projects/1/issues', nextPage: 3 },
    { items: [{ id: 3, updated_at: '2026-03-01T11:30:00.000Z' }], endpoint: 'projects/1/issues', nextPage: null },
  ];

  it('starts the next listing ten minutes before the newest update it saw', async () => {
    const seen: Array<{ filter: string | null; page: number }> = [];
    await run(pages, seen);
    expect(written).toEqual([1, 2, 3]);
    expect(store.cursors.readCursor<UpdatedListCursor>(ctx.projectRowId, 'issues')).toEqual({ updatedAfter: '2026-03-01T11:20:00.000Z', listing: null });
  });

  it('never moves the cursor past the moment GitLab says the listing started', async () => {
    const early: Page[] = [{ ...pages[0], serverDate: '2026-03-01T10:30:00.000Z' } as Page, pages[1] as Page, pages[2] as Page];
    await run(early, []);
    expect(store.cursors.readCursor<UpdatedListCursor>(ctx.projectRowId, 'issues')?.updatedAfter).toBe('2026-03-01T10:20:00.000Z');
  });

  it('resumes an interrupted listing with its filter, one page back, and finishes it', async () => {
    await expect(run(pages, [], 3)).rejects.toThrow('connection lost');
    expect(written).toEqual([1, 2]);
    const seen: Array<{ filter: string | null; page: number }> = [];
    await run(pages, seen);
    expect(seen.map((s) => s.page)).toEqual([2, 3]);
    expect(written).toEqual([1, 2, 2, 3]);
    expect(store.cursors.readCursor<UpdatedListCursor>(ctx.projectRowId, 'issues')?.listing).toBeNull();
  });
});
