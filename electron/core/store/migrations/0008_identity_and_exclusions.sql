-- What the instructor decides about a course's data, kept apart from what GitLab says so a sync never
-- overwrites it. Both apply to every figure the next time metrics are read, never at sync time.

-- Another email or name a course member commits under (a laptop's git config, a university address).
CREATE TABLE identity_aliases (
  id         INTEGER PRIMARY KEY,
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  username   TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('email', 'name')),
  value      TEXT NOT NULL,
  created_at TEXT NOT NULL,
  UNIQUE (course_id, kind, value COLLATE NOCASE)
);

-- A commit (by full SHA, on any team of the course) or a merge request (project and iid) that counts
-- for nobody: a vendored library, a generated dump, a revert.
CREATE TABLE exclusions (
  id                INTEGER PRIMARY KEY,
  course_id         INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  commit_sha        TEXT,
  project_id        INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  merge_request_iid INTEGER,
  reason            TEXT NOT NULL,
  created_at        TEXT NOT NULL,
  CHECK ((commit_sha IS NOT NULL) <> (merge_request_iid IS NOT NULL)),
  CHECK ((merge_request_iid IS NULL) = (project_id IS NULL))
);
CREATE UNIQUE INDEX exclusions_by_commit ON exclusions (course_id, commit_sha) WHERE commit_sha IS NOT NULL;
CREATE UNIQUE INDEX exclusions_by_merge_request ON exclusions (course_id, project_id, merge_request_iid) WHERE merge_request_iid IS NOT NULL;
