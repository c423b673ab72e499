import type Database from 'better-sqlite3';
import { createAuditRepo } from './audit-repo';
import { createCiConfigsRepo } from './ci-configs-repo';
import { createConnectionsRepo } from './connections-repo';
import { createCountsRepo } from './counts-repo';
import { createCoursesRepo } from './courses-repo';
import { createCursorsRepo } from './cursors-repo';
import { createExclusionsRepo } from './exclusions-repo';
import { createGradesRepo } from './grades-repo';
import { createIdentityRepo } from './identity-repo';
import { createMembersRepo } from './members-repo';
import { openDatabase, optimizeBestEffort } from './open-database';
import { createPipelinesRepo } from './pipelines-repo';
import { createProjectsRepo } from './projects-repo';
import { createContributionFactsQuery } from './queries/contribution-facts-query';
import { createPipelineFactsQuery } from './queries/pipeline-facts-query';
import { createRelayRepo } from './relay-repo';
import { createRepositoryRepo } from './repository-repo';
import { createRubricsRepo } from './rubrics-repo';
import { runWriteTransaction } from './run-write-transaction';
import { createSyncLocksRepo } from './sync-locks-repo';
import { trackWrittenTables, type CommitListener } from './track-written-tables';
import { createWorkItemsRepo } from './work-items-repo';

function createRepos(db: Database.Database) {
  return {
    courses: createCoursesRepo(db),
    connections: createConnectionsRepo(db),
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
    identity: createIdentityRepo(db),
    exclusions: createExclusionsRepo(db),
    relay: createRelayRepo(db),
    rubrics: createRubricsRepo(db),
    grades: createGradesRepo(db),
    /** Read-only queries the metrics load their facts through. */
    queries: { pipelineFacts: createPipelineFactsQuery(db), contributionFacts: createContributionFactsQuery(db) },
  };
}

/**
 * The database behind its repos. The handle itself stays inside: callers reach tables only through a
 * repo, so every statement lives in core/store.
 */
export type Store = ReturnType<typeof createRepos> & {
  path: string;
  /** Runs fn in one write transaction (begun IMMEDIATE, retried while busy): all of its writes land together or none do. */
  transaction<T>(fn: () => T): T;
  /** Tells the listener, once per commit, which tables the commit wrote. Returns an unsubscribe. */
  onCommit(listener: CommitListener): () => void;
  /**
   * After deleting student data: forgets index samples that may quote deleted values (sqlite_stat4)
   * and folds the write-ahead log into the file and empties it, so old page images do not linger there.
   */
  scrubDeletedData(): void;
  close(): void;
};

export function createStore(dataDir: string): Store {
  const db = openDatabase({ dataDir });
  const listeners = new Set<CommitListener>();
  // Installed before the repos prepare their statements, so every write statement is tracked.
  trackWrittenTables(db, (tables) => {
    for (const listener of listeners) listener(tables);
  });
  return {
    ...createRepos(db),
    path: db.name,
    transaction: (fn) => runWriteTransaction(db, fn),
    onCommit: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    scrubDeletedData: () => {
      const hasSamples =
        db.prepare("SELECT 1 FROM sqlite_master WHERE name = 'sqlite_stat4'").get() !== undefined &&
        db.prepare('SELECT 1 FROM sqlite_stat4 LIMIT 1').get() !== undefined;
      if (hasSamples) db.exec('ANALYZE');
      db.pragma('wal_checkpoint(TRUNCATE)');
    },
    close: () => {
      if (db.open) {
        optimizeBestEffort(db);
        db.close();
      }
    },
  };
}
