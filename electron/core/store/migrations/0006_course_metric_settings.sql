-- Course settings the metrics read: the coverage a team must reach for the coverageThreshold check,
-- and the time zone calendar days are counted in (null: the machine's).
ALTER TABLE courses ADD COLUMN coverage_threshold REAL NOT NULL DEFAULT 60;
ALTER TABLE courses ADD COLUMN time_zone TEXT;
