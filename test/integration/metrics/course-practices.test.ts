import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Core } from '../../../electron/core/core';
import { openCore } from '../../../electron/core/open-core';
import { createStore } from '../../../electron/core/store/create-store';
import { callOk } from '../../support/call-ok';
import { makeTempDir } from '../../support/temp-dir';

const goodCi = [
  'stages: [build, test, quality, security]',
  'build:',
  '  stage: build',
  '  script: [pip install -r requirements.txt]',
  'unit:',
  '  stage: test',
  '  script:',
  '    - pytest --cov=app',
  'ruff:',
  '  stage: quality',
  '  script: [ruff check .]',
  'bandit:',
  '  stage: security',
  '  script: [bandit -r app]',
  '',
].join('\n');

let temp: ReturnType<typeof makeTempDir>;
let core: Core;
let teams: Array<{ projectId: number; project: string }>;

beforeEach(async () => {
  temp = makeTempDir();
  core = await openCore({ dataDir: temp.path, env: { GITLAB_TOKEN: 'unused' } });
  await callOk(core, 'courses.createDemo', {});
  teams = (await callOk(core, 'metrics.course', {})).teams;
  // The CI files of three teams, written as a sync would store them.
  const store = createStore(temp.path);
  const [first, second, third] = teams;
  if (!first || !second || !third) throw new Error('the demo has fewer than three teams');
  store.ciConfigs.writeCiConfig(first.projectId, { ref: 'main', sha: null, content: goodCi, includes: [] });
  store.ciConfigs.writeCiConfig(second.projectId, { ref: 'main', sha: null, content: null, includes: [] });
  store.ciConfigs.writeCiConfig(third.projectId, { ref: 'main', sha: null, content: 'build:\n  script: [make\n', includes: [] });
  store.close();
});

afterEach(() => {
  core.close();
  temp.cleanup();
});

describe('the practice checks of a course', () => {
  it('check each team’s stored .gitlab-ci.yml, with the job and line as evidence', async () => {
    const practices = await callOk(core, 'practices.course', {});
    const [good, none, broken] = teams.map((t) => practices.teams.find((p) => p.project === t.project));
    expect(good?.checks.testsAutomated).toMatchObject({ passed: true, evidence: [expect.objectContaining({ job: 'unit', stage: 'test', line: 8 })] });
    expect(good?.checks.linting.evidence[0]).toMatchObject({ job: 'ruff', stage: 'quality' });
    expect(good?.checks.securityScan.evidence[0]).toMatchObject({ job: 'bandit', stage: 'security' });
    expect(good?.checks.multiStage.passed).toBe(true);
    expect(good?.checks.pipelineExists.passed).toBe(true);
    expect(none?.parses).toBe(false);
    expect(none?.checks.pipelineExists).toEqual({ passed: false, evidence: [expect.objectContaining({ text: 'no .gitlab-ci.yml on main' })] });
    expect(none?.checks.testsAutomated.passed).toBe(false);
    expect(broken?.parses).toBe(false);
    expect(broken?.checks.pipelineExists.evidence[0]?.text).toMatch(/^line \d+, column \d+/);
  });

  it('pass the coverage check against the course’s threshold, which the instructor sets', async () => {
    const team = teams[0];
    const coverage = (await callOk(core, 'metrics.course', {})).teams.find((t) => t.project === team?.project)?.pipelines.latestCoverage;
    if (coverage === null || coverage === undefined) throw new Error('the first demo team has no coverage');
    const check = async () => (await callOk(core, 'practices.course', {})).teams.find((t) => t.project === team?.project)?.checks.coverageThreshold.passed;
    await callOk(core, 'courses.update', { course: 'demo', coverageThreshold: coverage });
    expect(await check()).toBe(true);
    await callOk(core, 'courses.update', { course: 'demo', coverageThreshold: Math.min(100, coverage + 0.5) });
    expect(await check()).toBe(false);
  });

  it('agree with the verdicts metrics.course reports', async () => {
    const practices = await callOk(core, 'practices.course', {});
    const metrics = await callOk(core, 'metrics.course', {});
    for (const team of metrics.teams) {
      const checks = practices.teams.find((p) => p.project === team.project)?.checks;
      expect(team.practices).toEqual({
        pipelineExists: checks?.pipelineExists.passed,
        testsAutomated: checks?.testsAutomated.passed,
        coverageThreshold: checks?.coverageThreshold.passed,
        linting: checks?.linting.passed,
        securityScan: checks?.securityScan.passed,
        multiStage: checks?.multiStage.passed,
      });
    }
  });
});

describe('course settings for the metrics', () => {
  it('refuse a threshold outside 0–100 and an unknown time zone, and keep a known one', async () => {
    expect(await core.call('courses.update', { course: 'demo', coverageThreshold: 101 })).toMatchObject({
      ok: false,
      error: { code: 'invalid_input', message: expect.stringMatching(/between 0 and 100/) },
    });
    expect(await core.call('courses.update', { course: 'demo', timeZone: 'Mars/Olympus_Mons' })).toMatchObject({
      ok: false,
      error: { message: expect.stringMatching(/IANA time zone/) },
    });
    const course = await callOk(core, 'courses.update', { course: 'demo', timeZone: 'Europe/Prague' });
    expect(course).toMatchObject({ timeZone: 'Europe/Prague', coverageThreshold: 60 });
  });
});
