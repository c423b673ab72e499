import type { StudentFigure } from '../../../shared/metrics/student-figures';
import { gitlabLinks } from './gitlab-links';

/** Where in GitLab a student's figure can be checked; null for figures GitLab has no list of (comments, shares). */
export function linkStudentFigure(id: StudentFigure['id'], projectUrl: string, student: { username: string; name: string }): string | null {
  switch (id) {
    case 'commits':
    case 'additions':
    case 'deletions':
      return gitlabLinks.commitsBy(projectUrl, student.name);
    case 'mergeRequestsOpened':
    case 'mergeRequestsMerged':
      return gitlabLinks.mergeRequestsBy(projectUrl, student.username);
    case 'mergeRequestsReviewed':
      return `${projectUrl}/-/merge_requests?scope=all&state=all&reviewer_username=${encodeURIComponent(student.username)}`;
    case 'issuesOpened':
      return `${projectUrl}/-/issues?scope=all&state=all&author_username=${encodeURIComponent(student.username)}`;
    case 'issuesClosed':
      return gitlabLinks.issues(projectUrl);
    case 'buildsBroken':
    case 'buildsFixed':
      return gitlabLinks.pipelines(projectUrl);
    case 'comments':
    case 'commentWordsOnOthers':
    case 'commitShare':
    case 'lineShare':
      return null;
  }
}
