import type { StoredTable } from '../../shared/domain/stored-table';

/** A store's claim on the data: refetched only when a commit wrote one of the tables it reads. */
export interface ChangeDependency {
  dependsOn: readonly StoredTable[];
  refresh(): Promise<void>;
}

/** Commits arrive in bursts during a sync (one per page); one refetch per burst is enough. */
export const changeBurstMs = 150;

/**
 * Collects the tables of data.changed events and, after a short quiet spell, refreshes each store
 * that reads one of them. An empty table list (the event stream reconnected) refreshes them all.
 */
export function createChangeRouter(dependencies: readonly ChangeDependency[], onRefreshed: () => void) {
  const pending = new Set<StoredTable>();
  let isEverything = false;
  let timer: ReturnType<typeof setTimeout> | undefined;

  async function flush(): Promise<void> {
    timer = undefined;
    const tables = new Set(pending);
    const all = isEverything;
    pending.clear();
    isEverything = false;
    const due = dependencies.filter((d) => all || d.dependsOn.some((table) => tables.has(table)));
    await Promise.all(due.map((d) => d.refresh()));
    onRefreshed();
  }

  return {
    noteChanged(tables: readonly StoredTable[]): void {
      if (tables.length === 0) isEverything = true;
      for (const table of tables) pending.add(table);
      timer ??= setTimeout(() => void flush(), changeBurstMs);
    },
  };
}
