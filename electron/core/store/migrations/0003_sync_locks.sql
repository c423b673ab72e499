-- One sync per course across processes: the app, `gitpulse serve` and `gitpulse sync` may share a
-- data folder, and two syncs of one course would double the request rate and race on reachability.
CREATE TABLE sync_locks (
  course_id   INTEGER PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
  pid         INTEGER NOT NULL,
  acquired_at TEXT NOT NULL
);
