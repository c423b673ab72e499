-- Per-iteration grading: each scope of a course (the whole course, or one of its iterations) has its
-- own rubric versions, manual scores, overrides, adjustments, freeze and audit entries. The scope is
-- the iteration's name, '' for the whole course, so every row written before this migration stays
-- the whole course's. SQLite cannot change a primary key, so the keyed tables are rebuilt with every
-- row copied; nothing references them.

CREATE TABLE rubric_versions_scoped (
  course_id   INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  iteration   TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  version     INTEGER NOT NULL CHECK (version >= 1),
  rubric_json TEXT NOT NULL,
  saved_at    TEXT NOT NULL,
  PRIMARY KEY (course_id, iteration, version)
);
INSERT INTO rubric_versions_scoped (course_id, iteration, version, rubric_json, saved_at)
  SELECT course_id, '', version, rubric_json, saved_at FROM rubric_versions;
DROP TABLE rubric_versions;
ALTER TABLE rubric_versions_scoped RENAME TO rubric_versions;

CREATE TABLE grade_manual_scores_scoped (
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  iteration  TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  criterion  TEXT NOT NULL,
  points     REAL,
  comment    TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (course_id, iteration, project_id, criterion)
);
INSERT INTO grade_manual_scores_scoped (course_id, iteration, project_id, criterion, points, comment, updated_at)
  SELECT course_id, '', project_id, criterion, points, comment, updated_at FROM grade_manual_scores;
DROP TABLE grade_manual_scores;
ALTER TABLE grade_manual_scores_scoped RENAME TO grade_manual_scores;

CREATE TABLE grade_overrides_scoped (
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  iteration  TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  criterion  TEXT NOT NULL,
  points     REAL NOT NULL,
  reason     TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (course_id, iteration, project_id, criterion)
);
INSERT INTO grade_overrides_scoped (course_id, iteration, project_id, criterion, points, reason, updated_at)
  SELECT course_id, '', project_id, criterion, points, reason, updated_at FROM grade_overrides;
DROP TABLE grade_overrides;
ALTER TABLE grade_overrides_scoped RENAME TO grade_overrides;

CREATE TABLE grade_adjustments_scoped (
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  iteration  TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  project_id INTEGER NOT NULL REFERENCES projects (id) ON DELETE CASCADE,
  user_id    INTEGER NOT NULL,
  kind       TEXT NOT NULL CHECK (kind IN ('points', 'factor')),
  value      REAL NOT NULL,
  reason     TEXT NOT NULL,
  updated_at TEXT NOT NULL,
  PRIMARY KEY (course_id, iteration, project_id, user_id)
);
INSERT INTO grade_adjustments_scoped (course_id, iteration, project_id, user_id, kind, value, reason, updated_at)
  SELECT course_id, '', project_id, user_id, kind, value, reason, updated_at FROM grade_adjustments;
DROP TABLE grade_adjustments;
ALTER TABLE grade_adjustments_scoped RENAME TO grade_adjustments;

CREATE TABLE grade_freezes_scoped (
  course_id      INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  iteration      TEXT NOT NULL DEFAULT '' COLLATE NOCASE,
  frozen_at      TEXT NOT NULL,
  as_of          TEXT NOT NULL,
  rubric_version INTEGER NOT NULL,
  grades_json    TEXT NOT NULL,
  PRIMARY KEY (course_id, iteration)
);
INSERT INTO grade_freezes_scoped (course_id, iteration, frozen_at, as_of, rubric_version, grades_json)
  SELECT course_id, '', frozen_at, as_of, rubric_version, grades_json FROM grade_freezes;
DROP TABLE grade_freezes;
ALTER TABLE grade_freezes_scoped RENAME TO grade_freezes;

-- The audit trail keeps its ids (its order); its rows gain the scope they were written in.
ALTER TABLE grade_audit ADD COLUMN iteration TEXT NOT NULL DEFAULT '' COLLATE NOCASE;
DROP INDEX grade_audit_by_team;
CREATE INDEX grade_audit_by_team ON grade_audit (course_id, iteration, project_id, id);

-- How much each iteration counts in the course total; 0 leaves it out.
ALTER TABLE course_iterations ADD COLUMN weight REAL NOT NULL DEFAULT 1 CHECK (weight >= 0);
