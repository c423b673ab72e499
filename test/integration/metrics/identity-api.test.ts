import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { callOk } from '../../support/sync-fixture';
import { makeTempDir } from '../../support/temp-dir';

describe('the aliases and exclusions API on the demo course', () => {
  const temp = makeTempDir();
  let core: Core;
  let students: Array<{ username: string; project: string }>;

  beforeAll(async () => {
    core = await openCore({ dataDir: temp.path, env: {} });
    await callOk(core, 'courses.createDemo', {});
    students = (await callOk(core, 'roster.list', {})).filter((e) => e.role === 'student');
  });
  afterAll(() => {
    core.close();
    temp.cleanup();
  });

  it('refuses an alias another member already has, whatever its case or accents', async () => {
    const [first, second] = students;
    if (!first || !second) throw new Error('too few students');
    await callOk(core, 'aliases.add', { username: first.username, kind: 'name', value: 'Šimon Lap' });
    const taken = await core.call('aliases.add', { username: second.username, kind: 'name', value: 'SIMON LAP' });
    expect(taken).toMatchObject({ ok: false, error: { code: 'conflict' } });
    expect(await callOk(core, 'aliases.list', {})).toMatchObject([{ username: first.username, kind: 'name', value: 'Šimon Lap' }]);
    await callOk(core, 'aliases.remove', { username: first.username, kind: 'name', value: 'šimon lap' });
    expect(await callOk(core, 'aliases.list', {})).toEqual([]);
  });

  it('refuses an email alias that is not an email, and a member no team has', async () => {
    const [first] = students;
    expect(await core.call('aliases.add', { username: first?.username ?? '', kind: 'email', value: 'not an email' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await core.call('aliases.add', { username: 'ghost', kind: 'email', value: 'g@x.example' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });

  it('excludes a merge request of a team and refuses one of a project outside the course', async () => {
    const project = students[0]?.project ?? '';
    const added = await callOk(core, 'exclusions.add', { target: { kind: 'mergeRequest', project, iid: 1 }, reason: 'a revert' });
    expect(added).toMatchObject({ kind: 'mergeRequest', project, iid: 1, reason: 'a revert' });
    expect(await core.call('exclusions.add', { target: { kind: 'mergeRequest', project, iid: 1 }, reason: 'again' })).toMatchObject({
      ok: false,
      error: { code: 'conflict' },
    });
    expect(await core.call('exclusions.add', { target: { kind: 'mergeRequest', project: 'elsewhere/x', iid: 1 }, reason: 'r' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
    await callOk(core, 'exclusions.remove', { target: { kind: 'mergeRequest', project, iid: 1 } });
    expect(await callOk(core, 'exclusions.list', {})).toEqual([]);
  });

  it('refuses a commit SHA that is not hex, or that starts no stored commit', async () => {
    expect(await core.call('exclusions.add', { target: { kind: 'commit', sha: 'xyz' }, reason: 'r' })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input' },
    });
    expect(await core.call('exclusions.add', { target: { kind: 'commit', sha: 'fffffff' }, reason: 'r' })).toMatchObject({
      ok: false,
      error: { code: 'not_found' },
    });
  });
});
