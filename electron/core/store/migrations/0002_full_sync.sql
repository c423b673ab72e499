-- Everything the full GitLab sync stores beyond projects and pipelines, plus connections (never the
-- token: that lives in the OS keychain), the course window and schedule, and the API audit log.

ALTER TABLE courses ADD COLUMN window_start TEXT;
ALTER TABLE courses ADD COLUMN window_end TEXT;
ALTER TABLE courses ADD COLUMN sync_interval_minutes INTEGER DEFAULT 60;
ALTER TABLE courses ADD COLUMN last_sync_error TEXT;

CREATE TABLE connections (
  gitlab_url          TEXT PRIMARY KEY,
  requests_per_minute INTEGER NOT NULL DEFAULT 600,
  ca_file             TEXT,
  status              TEXT NOT NULL DEFAULT 'untested',
  status_message      TEXT,
  checked_at          TEXT,
  username            TEXT,
  scopes              TEXT NOT NULL DEFAULT '[]',
  token_expires_at    TEXT
);

-- GitLab users seen in rosters, so each one's public email is fetched once, not on every sync.
CREATE TABLE users (
  instance_url TEXT NOT NULL,
  user_id      INTEGER NOT NULL,
  username     TEXT NOT NULL,
  name         TEXT NOT NULL,
  public_email TEXT,
  is_bot       INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (instance_url, user_id)
);

ALTER TABLE members ADD COLUMN is_role_overridden INTEGER NOT NULL DEFAULT 0;
ALTER TABLE members ADD COLUMN is_current INTEGER NOT NULL DEFAULT 1;

ALTER TABLE commits ADD COLUMN parent_ids TEXT NOT NULL DEFAULT '[]';
-- 0 once no branch reaches the commit any more (force-push, deleted branch); kept for the record.
ALTER TABLE commits ADD COLUMN is_reachable INTEGER NOT NULL DEFAULT 1;

CREATE TABLE branches (
  project_id   INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  name         TEXT NOT NULL,
  head_sha     TEXT NOT NULL,
  is_default   INTEGER NOT NULL DEFAULT 0,
  is_protected INTEGER NOT NULL DEFAULT 0,
  is_merged    INTEGER NOT NULL DEFAULT 0,
  web_url      TEXT,
  -- The head whose history is fully stored; differs from head_sha while a walk is unfinished.
  synced_sha   TEXT,
  PRIMARY KEY (project_id, name)
);

CREATE TABLE tags (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  name       TEXT NOT NULL,
  target_sha TEXT NOT NULL,
  message    TEXT,
  created_at TEXT,
  PRIMARY KEY (project_id, name)
);

ALTER TABLE merge_requests ADD COLUMN draft INTEGER NOT NULL DEFAULT 0;
ALTER TABLE merge_requests ADD COLUMN merged_by_id INTEGER;
ALTER TABLE merge_requests ADD COLUMN reviewer_ids TEXT NOT NULL DEFAULT '[]';
ALTER TABLE merge_requests ADD COLUMN merge_commit_sha TEXT;
ALTER TABLE issues ADD COLUMN assignee_ids TEXT NOT NULL DEFAULT '[]';

ALTER TABLE jobs ADD COLUMN failure_reason TEXT;
ALTER TABLE jobs ADD COLUMN queued_duration REAL;

CREATE TABLE test_reports (
  project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  pipeline_id   INTEGER NOT NULL,
  total_count   INTEGER NOT NULL,
  success_count INTEGER NOT NULL,
  failed_count  INTEGER NOT NULL,
  skipped_count INTEGER NOT NULL,
  error_count   INTEGER NOT NULL,
  total_time    REAL,
  PRIMARY KEY (project_id, pipeline_id)
);

CREATE TABLE ci_configs (
  project_id INTEGER PRIMARY KEY REFERENCES projects (id) ON DELETE CASCADE,
  ref        TEXT NOT NULL,
  sha        TEXT,
  content    TEXT,                -- null when the project has no .gitlab-ci.yml
  includes   TEXT NOT NULL DEFAULT '[]',  -- JSON [{ path, content }] of local includes
  fetched_at TEXT NOT NULL
);

CREATE TABLE audit_log (
  id          INTEGER PRIMARY KEY AUTOINCREMENT,
  at          TEXT NOT NULL,
  gitlab_url  TEXT NOT NULL,
  method      TEXT NOT NULL,
  path        TEXT NOT NULL,
  status      INTEGER,
  duration_ms INTEGER NOT NULL,
  bytes       INTEGER NOT NULL,
  budget_left INTEGER NOT NULL
);
