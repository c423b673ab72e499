-- Named parts of a course ("Iteration 1" .. "Iteration 4"), each a first and a last day (both
-- counted), offered by every window selector. Set by the instructor, never by a sync.
CREATE TABLE course_iterations (
  course_id  INTEGER NOT NULL REFERENCES courses (id) ON DELETE CASCADE,
  name       TEXT NOT NULL COLLATE NOCASE,
  start_date TEXT NOT NULL,
  end_date   TEXT NOT NULL,
  PRIMARY KEY (course_id, name),
  CHECK (end_date > start_date)
);
