-- Grading: what the instructor decides, kept apart from what GitLab says so a sync never overwrites
-- it. Grades themselves are computed when read, from the newest rubric version, except while frozen.

-- Every saved rubric of a course; the newest is in force. Saving never rewrites an earlier version.
CREATE TABLE rubric_versions (
  course_id   INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  version     INTEGER NOT NULL CHECK (version >= 1),
  rubric_json TEXT NOT NULL,
  saved_at    TEXT NOT NULL,
  PRIMARY KEY (course_id, version)
);

-- Rubrics kept for reuse in other courses.
CREATE TABLE rubric_templates (
  id          INTEGER PRIMARY KEY,
  name        TEXT NOT NULL UNIQUE COLLATE NOCASE,
  rubric_json TEXT NOT NULL,
  saved_at    TEXT NOT NULL
);

-- A manual criterion's points (null: not graded yet) and comment for one team, by criterion name,
-- so a score survives rubric versions that keep the criterion.
CREATE TABLE grade_manual_scores (
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  criterion  TEXT NOT NULL,
  points     REAL,
  comment    TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (course_id, project_id, criterion)
);

-- The instructor's replacement for a criterion's weighted points, with the required reason.
CREATE TABLE grade_overrides (
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  criterion  TEXT NOT NULL,
  points     REAL NOT NULL,
  reason     TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (course_id, project_id, criterion)
);

-- A student's adjustment: points added to the team total, or a factor it is multiplied by.
CREATE TABLE grade_adjustments (
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('points', 'factor')),
  value      REAL NOT NULL,
  reason     TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (course_id, project_id, user_id)
);

-- A course's frozen grades: the whole sheet as it stood, returned unchanged until unfrozen.
CREATE TABLE grade_freezes (
  course_id      INTEGER PRIMARY KEY REFERENCES courses (id) ON DELETE CASCADE,
  frozen_at      TEXT NOT NULL,
  as_of          TEXT NOT NULL,
  rubric_version INTEGER NOT NULL,
  grades_json    TEXT NOT NULL
);

-- Every change to a rubric, a score, an override, an adjustment or a freeze, written in the same
-- transaction as the change. Values are short text, as the audit view shows them.
CREATE TABLE grade_audit (
  id         INTEGER PRIMARY KEY,
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  project_id INTEGER REFERENCES projects (id) ON DELETE CASCADE,
  at         TEXT NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('rubric', 'manualScore', 'override', 'adjustment', 'freeze')),
  subject    TEXT NOT NULL,
  old_value  TEXT,
  new_value  TEXT,
  reason     TEXT
);
CREATE INDEX grade_audit_by_team ON grade_audit (course_id, project_id, id);
