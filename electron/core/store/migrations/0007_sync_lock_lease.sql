-- The sync lock becomes a lease: its holder renews it while it syncs, and a lease nobody renewed for a
-- minute is free. A process id alone said nothing after a reboot (ids are reused) or about a killed,
-- not yet reaped sync. host names the machine when a data folder is shared.
ALTER TABLE sync_locks ADD COLUMN renewed_at TEXT NOT NULL DEFAULT '1970-01-01T00:00:00.000Z';
ALTER TABLE sync_locks ADD COLUMN host TEXT NOT NULL DEFAULT '';
