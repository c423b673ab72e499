-- Every GitLab timestamp becomes UTC ISO 8601 with milliseconds ("2026-03-01T10:00:00.000Z").
-- GitLab renders times in the instance's time zone and commit dates keep the author's offset, and
-- they used to be stored as received, so comparing them as text (the course window) miscounted items
-- near the window's edges. strftime reads an ISO time with any offset (or 'Z', with or without
-- fractional seconds) and prints it in UTC; a value it cannot read is kept as it is.

UPDATE projects SET
  last_activity_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', last_activity_at), last_activity_at);

UPDATE pipelines SET
  created_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', created_at), created_at),
  updated_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', updated_at), updated_at),
  started_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', started_at), started_at),
  finished_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', finished_at), finished_at);

UPDATE jobs SET
  created_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', created_at), created_at),
  started_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', started_at), started_at),
  finished_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', finished_at), finished_at);

UPDATE commits SET
  authored_date = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', authored_date), authored_date),
  committed_date = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', committed_date), committed_date);

UPDATE tags SET
  created_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', created_at), created_at);

UPDATE merge_requests SET
  created_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', created_at), created_at),
  updated_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', updated_at), updated_at),
  merged_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', merged_at), merged_at),
  closed_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', closed_at), closed_at);

UPDATE issues SET
  created_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', created_at), created_at),
  updated_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', updated_at), updated_at),
  closed_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', closed_at), closed_at);

UPDATE notes SET
  created_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', created_at), created_at),
  updated_at = COALESCE(strftime('%Y-%m-%dT%H:%M:%fZ', updated_at), updated_at);
