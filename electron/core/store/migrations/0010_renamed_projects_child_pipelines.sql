-- The project path a course names a team by (courses from project paths): after a rename the team is
-- found again by this path and then addressed by its numeric id, never by the old path.
ALTER TABLE course_teams ADD COLUMN source_path TEXT;

-- A child pipeline (trigger: include:, source 'parent_pipeline') points at the pipeline whose trigger
-- job started it, where GitLab says so (the parent's bridges list it as downstream_pipeline).
ALTER TABLE pipelines ADD COLUMN parent_gitlab_id INTEGER;
