import type Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createConnectionsRepo, type ConnectionsRepo } from '../../../../electron/core/store/connections-repo';
import { openDatabase } from '../../../../electron/core/store/open-database';
import { makeTempDir } from '../../../support/temp-dir';

const url = 'https://gitlab.example.edu';
const check = {
  status: 'ok' as const,
  message: 'Connected',
  checkedAt: '2026-03-10T15:00:00.000Z',
  username: 'jdoe',
  scopes: ['read_api'],
  tokenExpiresAt: '2026-09-01',
};

describe('the connections repo', () => {
  let temp: ReturnType<typeof makeTempDir>;
  let db: Database.Database;
  let repo: ConnectionsRepo;

  beforeEach(() => {
    temp = makeTempDir();
    db = openDatabase({ dataDir: temp.path });
    repo = createConnectionsRepo(db);
  });

  afterEach(() => {
    db.close();
    temp.cleanup();
  });

  it('creates a connection with the default budget and changes only the settings it is given', () => {
    expect(repo.saveConnectionSettings(url, {})).toMatchObject({ gitlabUrl: url, requestsPerMinute: 600, caFile: null, status: 'untested', scopes: [] });
    repo.saveConnectionSettings(url, { requestsPerMinute: 90, caFile: '/etc/campus-ca.pem' });
    expect(repo.saveConnectionSettings(url, { requestsPerMinute: 120 })).toMatchObject({ requestsPerMinute: 120, caFile: '/etc/campus-ca.pem' });
    expect(repo.saveConnectionSettings(url, { caFile: null })).toMatchObject({ requestsPerMinute: 120, caFile: null });
  });

  it('records a check with its user, scopes and expiry, keeping the settings', () => {
    repo.saveConnectionSettings(url, { requestsPerMinute: 90 });
    repo.recordConnectionCheck(url, check);
    expect(repo.findConnection(url)).toEqual({
      gitlabUrl: url,
      requestsPerMinute: 90,
      caFile: null,
      status: 'ok',
      statusMessage: 'Connected',
      checkedAt: check.checkedAt,
      username: 'jdoe',
      scopes: ['read_api'],
      tokenExpiresAt: '2026-09-01',
    });
  });

  it('records a status seen during a sync without forgetting who the token belongs to', () => {
    repo.recordConnectionCheck(url, check);
    repo.recordConnectionStatus(url, 'unauthorized', 'Token expired', '2026-03-11T08:00:00.000Z');
    expect(repo.findConnection(url)).toMatchObject({ status: 'unauthorized', statusMessage: 'Token expired', username: 'jdoe', scopes: ['read_api'] });
  });

  it('lists connections by URL and deletes one', () => {
    repo.saveConnectionSettings('https://b.example.edu', {});
    repo.recordConnectionCheck('https://a.example.edu', check);
    expect(repo.listConnections().map((c) => c.gitlabUrl)).toEqual(['https://a.example.edu', 'https://b.example.edu']);
    expect(repo.deleteConnection('https://a.example.edu')).toBe(true);
    expect(repo.deleteConnection('https://a.example.edu')).toBe(false);
    expect(repo.findConnection('https://a.example.edu')).toBeNull();
  });

  it('has no column a token could be written to', () => {
    const columns = db.prepare("SELECT name FROM pragma_table_info('connections')").pluck().all();
    expect(columns.filter((name) => /token|secret|password/i.test(String(name)))).toEqual(['token_expires_at']);
  });
});
