-- Who closed an issue: with closed_at it tells whether a team closes its own issues or staff does.
ALTER TABLE issues ADD COLUMN closed_by_id INTEGER;
