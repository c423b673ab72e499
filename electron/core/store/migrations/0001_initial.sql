-- Courses and the GitLab data they are graded on. GitLab ids are unique per instance, so every
-- GitLab row is keyed by (project_id, gitlab_id) where project_id is our row for (instance, project).

CREATE TABLE courses (
  id             INTEGER PRIMARY KEY,
  name           TEXT NOT NULL UNIQUE COLLATE NOCASE,
  gitlab_url     TEXT NOT NULL,
  source_kind    TEXT NOT NULL CHECK (source_kind IN ('group', 'projects')),
  group_path     TEXT,
  project_paths  TEXT,            -- JSON array of paths when source_kind = 'projects'
  is_demo        INTEGER NOT NULL DEFAULT 0,
  created_at     TEXT NOT NULL,
  last_synced_at TEXT
);

CREATE TABLE projects (
  id                  INTEGER PRIMARY KEY,
  instance_url        TEXT NOT NULL,
  gitlab_id           INTEGER NOT NULL,
  path_with_namespace TEXT NOT NULL,
  name                TEXT NOT NULL,
  web_url             TEXT NOT NULL,
  default_branch      TEXT,
  archived            INTEGER NOT NULL DEFAULT 0,
  last_activity_at    TEXT,
  UNIQUE (instance_url, gitlab_id)
);

CREATE TABLE course_teams (
  course_id    INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  project_id   INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  is_reachable INTEGER NOT NULL DEFAULT 1,
  PRIMARY KEY (course_id, project_id)
);

-- Incremental sync state: one row per project and resource, written in the same transaction as the
-- page it describes, so a crash never leaves a cursor ahead of (or behind) the stored rows.
CREATE TABLE sync_cursors (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  resource   TEXT NOT NULL,
  state      TEXT NOT NULL,       -- JSON, shape owned by the resource's syncer
  updated_at TEXT NOT NULL,
  PRIMARY KEY (project_id, resource)
);

CREATE TABLE pipelines (
  project_id      INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  gitlab_id       INTEGER NOT NULL,
  iid             INTEGER,
  status          TEXT NOT NULL,
  source          TEXT,
  ref             TEXT,
  sha             TEXT,
  web_url         TEXT,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL,
  started_at      TEXT,
  finished_at     TEXT,
  duration        REAL,
  queued_duration REAL,
  coverage        REAL,
  PRIMARY KEY (project_id, gitlab_id)
);
CREATE INDEX pipelines_by_created ON pipelines (project_id, created_at);

CREATE TABLE jobs (
  project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  gitlab_id     INTEGER NOT NULL,
  pipeline_id   INTEGER NOT NULL,
  name          TEXT NOT NULL,
  stage         TEXT,
  status        TEXT NOT NULL,
  allow_failure INTEGER NOT NULL DEFAULT 0,
  duration      REAL,
  coverage      REAL,
  created_at    TEXT,
  started_at    TEXT,
  finished_at   TEXT,
  web_url       TEXT,
  PRIMARY KEY (project_id, gitlab_id)
);
CREATE INDEX jobs_by_pipeline ON jobs (project_id, pipeline_id);

CREATE TABLE members (
  project_id   INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id      INTEGER NOT NULL,
  username     TEXT NOT NULL,
  name         TEXT NOT NULL,
  access_level INTEGER,
  role         TEXT NOT NULL CHECK (role IN ('student', 'staff')),
  public_email TEXT,
  web_url      TEXT,
  PRIMARY KEY (project_id, user_id)
);

CREATE TABLE commits (
  project_id     INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  sha            TEXT NOT NULL,
  title          TEXT NOT NULL,
  message        TEXT,
  author_name    TEXT,
  author_email   TEXT,
  authored_date  TEXT,
  committed_date TEXT,
  additions      INTEGER,
  deletions      INTEGER,
  is_merge       INTEGER NOT NULL DEFAULT 0,
  web_url        TEXT,
  PRIMARY KEY (project_id, sha)
);

CREATE TABLE merge_requests (
  project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  gitlab_id     INTEGER NOT NULL,
  iid           INTEGER NOT NULL,
  title         TEXT NOT NULL,
  state         TEXT NOT NULL,
  author_id     INTEGER,
  source_branch TEXT,
  target_branch TEXT,
  created_at    TEXT NOT NULL,
  updated_at    TEXT NOT NULL,
  merged_at     TEXT,
  closed_at     TEXT,
  web_url       TEXT,
  PRIMARY KEY (project_id, gitlab_id)
);

CREATE TABLE issues (
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  gitlab_id  INTEGER NOT NULL,
  iid        INTEGER NOT NULL,
  title      TEXT NOT NULL,
  state      TEXT NOT NULL,
  author_id  INTEGER,
  created_at TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  closed_at  TEXT,
  web_url    TEXT,
  PRIMARY KEY (project_id, gitlab_id)
);

CREATE TABLE notes (
  project_id    INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  gitlab_id     INTEGER NOT NULL,
  noteable_type TEXT NOT NULL,
  noteable_iid  INTEGER NOT NULL,
  author_id     INTEGER,
  body          TEXT NOT NULL,
  is_system     INTEGER NOT NULL DEFAULT 0,
  created_at    TEXT NOT NULL,
  updated_at    TEXT,
  PRIMARY KEY (project_id, gitlab_id)
);
