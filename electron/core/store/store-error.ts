export type StoreErrorCode = 'newer_database' | 'migration_mismatch' | 'cannot_open' | 'foreign_database' | 'disk_full' | 'damaged' | 'read_only' | 'busy';

/** A database that must not be opened, or cannot be written; the message is meant for the user as it stands. */
export class StoreError extends Error {
  constructor(
    readonly code: StoreErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'StoreError';
  }
}
