import type Database from 'better-sqlite3';
import { createAuditRepo } from './audit-repo';
import { createCiConfigsRepo } from './ci-configs-repo';
import { createConnectionsRepo } from './connections-repo';
import { createCountsRepo } from './counts-repo';
import { createCoursesRepo } from './courses-repo';
import { createCursorsRepo } from './cursors-repo';
import { createMembersRepo } from './members-repo';
import { openDatabase } from './open-database';
import { createPipelinesRepo } from './pipelines-repo';
import { createProjectsRepo } from './projects-repo';
import { createRepositoryRepo } from './repository-repo';
import { createSyncLocksRepo } from './sync-locks-repo';
import { createWorkItemsRepo } from './work-items-repo';

function createRepos(db: Database.Database) {
  return {
    connections: createConnectionsRepo(db),
    courses: createCoursesRepo(db),
    projects: createProjectsRepo(db),
    pipelines: createPipelinesRepo(db),
    members: createMembersRepo(db),
    repository: createRepositoryRepo(db),
    workItems: createWorkItemsRepo(db),
    ciConfigs: createCiConfigsRepo(db),
    cursors: createCursorsRepo(db),
    counts: createCountsRepo(db),
    audit: createAuditRepo(db),
    syncLocks: createSyncLocksRepo(db),
  };
}

/**
 * The database behind its repos. The handle itself stays inside: callers reach tables only through a
 * repo, so every statement lives in core/store.
 */
export type Store = ReturnType<typeof createRepos> & {
  path: string;
  /** Runs fn in one transaction: all of its writes land together or none do. */
  transaction<T>(fn: () => T): T;
  close(): void;
};

export function createStore(dataDir: string): Store {
  const db = openDatabase({ dataDir });
  return {
    ...createRepos(db),
    path: db.name,
    transaction: (fn) => db.transaction(fn)(),
    close: () => {
      if (db.open) {
        db.pragma('optimize');
        db.close();
      }
    },
  };
}
