import type Database from 'better-sqlite3';
import { internalTables, storedTables, type StoredTable } from '../../../shared/domain/stored-table';

const writePattern = /^\s*(?:INSERT(?:\s+OR\s+\w+)?\s+INTO|REPLACE\s+INTO|UPDATE(?:\s+OR\s+\w+)?|DELETE\s+FROM)\s+["`[]?(\w+)/i;
const known = new Set<string>(storedTables);
const internal = new Set<string>(internalTables);

/** The table a single write statement targets, or null for reads and bookkeeping. */
export function findWrittenTable(sql: string): StoredTable | null {
  const name = writePattern.exec(sql)?.[1]?.toLowerCase();
  if (name === undefined || internal.has(name)) return null;
  if (!known.has(name)) throw new Error(`The store writes to "${name}", which shared/domain/stored-table.ts does not list.`);
  return name as StoredTable;
}

/** Tables whose rows go with a deleted row of each table (ON DELETE CASCADE), read from the schema. */
function readCascades(db: Database.Database): Map<StoredTable, StoredTable[]> {
  const cascades = new Map<StoredTable, StoredTable[]>();
  const tables = db.prepare<[], { name: string }>("SELECT name FROM sqlite_master WHERE type = 'table'").all();
  for (const { name } of tables) {
    if (!known.has(name)) continue;
    const keys = db.prepare<[], { table: string; on_delete: string }>(`PRAGMA foreign_key_list("${name}")`).all();
    for (const key of keys) {
      if (key.on_delete !== 'CASCADE' || !known.has(key.table)) continue;
      const parent = key.table as StoredTable;
      cascades.set(parent, [...(cascades.get(parent) ?? []), name as StoredTable]);
    }
  }
  return cascades;
}

function addWithCascades(into: Set<StoredTable>, table: StoredTable, cascades: Map<StoredTable, StoredTable[]>): void {
  if (into.has(table)) return;
  into.add(table);
  for (const child of cascades.get(table) ?? []) addWithCascades(into, child, cascades);
}

export type CommitListener = (tables: StoredTable[]) => void;

/**
 * Records which tables each committed write touched and tells the listener once per commit: the
 * statements' own SQL names the tables, so what data.changed reports cannot drift from what the
 * repos write. Statements that changed no row (an upsert that did nothing) report nothing.
 */
export function trackWrittenTables(db: Database.Database, onCommit: CommitListener) {
  const cascades = readCascades(db);
  const pending = new Set<StoredTable>();
  const prepare = db.prepare.bind(db);

  function flushIfCommitted(): void {
    if (db.inTransaction || pending.size === 0) return;
    const tables = [...pending];
    pending.clear();
    onCommit(tables);
  }

  function note(sql: string, table: StoredTable): void {
    if (/^\s*DELETE/i.test(sql)) addWithCascades(pending, table, cascades);
    else pending.add(table);
  }

  // better-sqlite3 statements are created by the repos once and run many times; wrapping them at
  // creation keeps the repos unaware of the tracking. run() says how many rows changed; a write with
  // RETURNING is read through get()/all(), which do not, so those count as written.
  db.prepare = ((sql: string) => {
    const statement = prepare(sql);
    const table = findWrittenTable(sql);
    if (table === null) return statement;
    const run = statement.run.bind(statement);
    statement.run = ((...params: unknown[]) => {
      const result = run(...params);
      if (result.changes > 0) note(sql, table);
      flushIfCommitted();
      return result;
    }) as typeof statement.run;
    for (const method of ['get', 'all'] as const) {
      const read = statement[method].bind(statement) as (...params: unknown[]) => unknown;
      statement[method] = ((...params: unknown[]) => {
        const result = read(...params);
        note(sql, table);
        flushIfCommitted();
        return result;
      }) as never;
    }
    return statement;
  }) as typeof db.prepare;

  // A transaction's writes are announced once it commits, whoever opened it (a repo or the store).
  const transaction = db.transaction.bind(db);
  db.transaction = ((fn: (...args: unknown[]) => unknown) => {
    const wrapped = transaction(fn);
    const announce =
      (variant: (...args: unknown[]) => unknown) =>
      (...args: unknown[]) => {
        try {
          const value = variant(...args);
          flushIfCommitted();
          return value;
        } catch (error) {
          // Rolled back: nothing was written, unless an outer transaction still holds the writes.
          if (!db.inTransaction) pending.clear();
          throw error;
        }
      };
    return Object.assign(announce(wrapped), {
      default: announce(wrapped.default),
      deferred: announce(wrapped.deferred),
      immediate: announce(wrapped.immediate),
      exclusive: announce(wrapped.exclusive),
    });
  }) as typeof db.transaction;
}
