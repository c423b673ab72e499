import type Database from 'better-sqlite3';
import { createActivityRepo } from './activity-repo';
import { createCoursesRepo } from './courses-repo';
import { createCursorsRepo } from './cursors-repo';
import { openDatabase } from './open-database';
import { createPipelinesRepo } from './pipelines-repo';
import { createProjectsRepo } from './projects-repo';

export interface Store {
  db: Database.Database;
  path: string;
  courses: ReturnType<typeof createCoursesRepo>;
  projects: ReturnType<typeof createProjectsRepo>;
  pipelines: ReturnType<typeof createPipelinesRepo>;
  activity: ReturnType<typeof createActivityRepo>;
  cursors: ReturnType<typeof createCursorsRepo>;
  /** Runs fn in one transaction: all of its writes land together or none do. */
  transaction<T>(fn: () => T): T;
  close(): void;
}

export function createStore(dataDir: string): Store {
  const db = openDatabase({ dataDir });
  return {
    db,
    path: db.name,
    courses: createCoursesRepo(db),
    projects: createProjectsRepo(db),
    pipelines: createPipelinesRepo(db),
    activity: createActivityRepo(db),
    cursors: createCursorsRepo(db),
    transaction: (fn) => db.transaction(fn)(),
    close: () => {
      if (db.open) {
        db.pragma('optimize');
        db.close();
      }
    },
  };
}
