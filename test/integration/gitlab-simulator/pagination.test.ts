import { describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { RestPipelineListItem } from '../../../electron/core/demo/rest-types';
import { fetchSimulator, readNextLink } from '../../support/gitlab-simulator/fetch-simulator';
import { startGitlabSimulator } from '../../support/gitlab-simulator/index';
import { useSimulator } from '../../support/gitlab-simulator/use-simulator';

const course = generateCourse();
const team = course.teams[0];
const getSim = useSimulator(course);

describe('GitLab simulator pagination', () => {
  it('walks every pipeline exactly once by following rel="next"', async () => {
    const projectId = team?.project.id ?? 0;
    const seen: number[] = [];
    let next: string | null = `${getSim().url}/api/v4/projects/${projectId}/pipelines?per_page=7&order_by=id&sort=asc`;
    let pages = 0;
    while (next) {
      const response = await fetchSimulator(getSim().url, next);
      expect(response.status).toBe(200);
      seen.push(...(response.body as RestPipelineListItem[]).map((pipeline) => pipeline.id));
      next = readNextLink(response.headers);
      pages += 1;
    }
    expect(seen).toEqual(team?.pipelines.map((pipeline) => pipeline.id));
    expect(pages).toBe(Math.ceil((team?.pipelines.length ?? 0) / 7));
  });

  it('sends x-page, x-per-page, x-next-page, x-prev-page, totals and a Link header', async () => {
    const projectId = team?.project.id ?? 0;
    const total = team?.pipelines.length ?? 0;
    const first = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines?per_page=10&status=success`);
    const successes = team?.pipelines.filter((pipeline) => pipeline.status === 'success').length ?? 0;
    expect(first.headers.get('x-page')).toBe('1');
    expect(first.headers.get('x-per-page')).toBe('10');
    expect(first.headers.get('x-next-page')).toBe('2');
    expect(first.headers.get('x-prev-page')).toBe('');
    expect(first.headers.get('x-total')).toBe(String(successes));
    expect(first.headers.get('x-total-pages')).toBe(String(Math.ceil(successes / 10)));
    const link = first.headers.get('link') ?? '';
    expect(link).toContain(`<${getSim().url}/api/v4/projects/${projectId}/pipelines?per_page=10&status=success&page=2>; rel="next"`);
    expect(link).toContain('rel="first"');
    expect(link).toContain('rel="last"');
    expect(link).not.toContain('rel="prev"');
    const lastPage = Math.ceil(total / 20);
    const last = await fetchSimulator(getSim().url, `/projects/${projectId}/pipelines?page=${lastPage}`);
    expect(last.headers.get('x-next-page')).toBe('');
    expect(last.headers.get('x-prev-page')).toBe(String(lastPage - 1));
    expect(last.headers.get('link')).toContain('rel="prev"');
    expect(last.headers.get('link')).not.toContain('rel="next"');
    expect(last.headers.get('content-type')).toContain('application/json');
  });

  it('caps per_page at 100', async () => {
    const response = await fetchSimulator(getSim().url, `/projects/${team?.project.id}/pipelines?per_page=500`);
    expect(response.headers.get('x-per-page')).toBe('100');
    expect((response.body as unknown[]).length).toBe(Math.min(100, team?.pipelines.length ?? 0));
  });

  it('answers a page past the end with an empty list', async () => {
    const response = await fetchSimulator(getSim().url, `/projects/${team?.project.id}/pipelines?page=999`);
    expect(response.status).toBe(200);
    expect(response.body).toEqual([]);
    expect(response.headers.get('x-next-page')).toBe('');
  });

  it('never sends totals for commits', async () => {
    const response = await fetchSimulator(getSim().url, `/projects/${team?.project.id}/repository/commits?per_page=5`);
    expect(response.status).toBe(200);
    expect(response.headers.get('x-total')).toBeNull();
    expect(response.headers.get('x-total-pages')).toBeNull();
    expect(response.headers.get('x-next-page')).toBe('2');
    expect(response.headers.get('link')).not.toContain('rel="last"');
  });
});

describe('GitLab simulator pagination of a very large list', () => {
  it('leaves out x-total, x-total-pages and rel="last" above 10,000 rows', async () => {
    const big = generateCourse({ teams: 1, activityScale: 60, weeks: 13 });
    const pipelines = big.teams[0]?.pipelines.length ?? 0;
    expect(pipelines).toBeGreaterThan(10_000);
    const bigSim = await startGitlabSimulator({ course: big });
    try {
      const projectId = big.teams[0]?.project.id ?? 0;
      const response = await fetchSimulator(bigSim.url, `/projects/${projectId}/pipelines?per_page=100`);
      expect(response.headers.get('x-total')).toBeNull();
      expect(response.headers.get('x-total-pages')).toBeNull();
      expect(response.headers.get('x-next-page')).toBe('2');
      expect(response.headers.get('link')).not.toContain('rel="last"');
      const filtered = await fetchSimulator(bigSim.url, `/projects/${projectId}/pipelines?status=canceled`);
      expect(Number(filtered.headers.get('x-total'))).toBeLessThan(10_000);
    } finally {
      await bigSim.close();
    }
  });
});
