-- The webhook relay this app pulls from: one row at most. The client token is not here (OS keychain).
-- The cursor is written in the same transaction as the rows its events produced, so a crash between
-- applying a page and remembering it only fetches that page again (and the upserts make that harmless).
CREATE TABLE relay_state (
  id              INTEGER PRIMARY KEY CHECK (id = 1),
  url             TEXT NOT NULL,
  cursor          INTEGER NOT NULL DEFAULT 0,
  last_event_at   TEXT,            -- when the relay received the newest applied event (UTC ISO)
  last_pulled_at  TEXT,            -- the last successful answer from the relay
  last_error      TEXT,            -- why the last request failed; NULL once one succeeds
  applied_count   INTEGER NOT NULL DEFAULT 0,
  ignored_count   INTEGER NOT NULL DEFAULT 0
);

-- A push webhook lists commits without their parents. Such a row must not look like a root of the
-- history to the sync's graph walk, so it is marked until the REST API has been read for that SHA.
ALTER TABLE commits ADD COLUMN has_parents INTEGER NOT NULL DEFAULT 1;
