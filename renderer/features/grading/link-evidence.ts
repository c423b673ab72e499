import type { GradedCheck } from '../../../shared/domain/course-grades';

/**
 * Where in GitLab a check's evidence can be seen: the CI file for a practice check, the pipelines for
 * a team metric, the commits and merge requests for a per-student one. Only built on an http(s)
 * project URL; ExternalLink refuses anything else anyway.
 */
export function linkEvidence(webUrl: string, check: Pick<GradedCheck, 'kind' | 'source'>): { href: string; label: string } {
  const base = webUrl.replace(/\/+$/, '');
  if (check.kind === 'practice') return { href: `${base}/-/blob/HEAD/.gitlab-ci.yml`, label: '.gitlab-ci.yml' };
  if (check.kind === 'teamMetric') return { href: `${base}/-/pipelines`, label: 'Pipelines' };
  if (check.source.startsWith('mergeRequests')) return { href: `${base}/-/merge_requests?state=all`, label: 'Merge requests' };
  if (check.source.startsWith('issues')) return { href: `${base}/-/issues?state=all`, label: 'Issues' };
  return { href: `${base}/-/commits`, label: 'Commits' };
}
