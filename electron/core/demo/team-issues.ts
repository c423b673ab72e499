import type { RestIssue, RestNote, RestUserRef } from './rest-types';
import type { TeamContext } from './team-context';
import { pickStudent } from './team-context';
import { DAY_MS, HOUR_MS, MINUTE_MS, formatDateOnly, formatRestTime } from './timestamps';
import { ISSUE_LABELS, writeIssueComment, writeIssueTitle } from './work-item-texts';

export interface TeamIssues {
  issues: RestIssue[];
  notes: RestNote[];
}

/**
 * A team's issue tracker: issues opened through the semester (more early on, when teams plan),
 * many closed days or weeks later, with a few comments and GitLab's own system notes.
 */
export function generateTeamIssues(context: TeamContext): TeamIssues {
  const { random, profile, project, semesterStartMs, semesterEndMs, activityScale } = context;
  const weeks = (semesterEndMs - semesterStartMs) / (7 * DAY_MS);
  const count = random.poisson(profile.issuesPerWeek * weeks * activityScale);
  const span = semesterEndMs - semesterStartMs - 2 * DAY_MS;
  // Squaring a uniform draw front-loads the creation times: teams plan most work early.
  const createdTimes = Array.from({ length: count }, () => semesterStartMs + Math.floor(random.next() ** 1.6 * span) + 8 * HOUR_MS).sort((a, b) => a - b);
  const closeRate = profile.style === 'strong' ? 0.8 : profile.style === 'struggling' ? 0.35 : 0.6;
  const issues: RestIssue[] = [];
  const notes: RestNote[] = [];

  createdTimes.forEach((createdMs, index) => {
    const iid = index + 1;
    const isByStaff = context.staff.length > 0 && random.chance(0.12);
    const author = isByStaff ? random.pick(context.staff) : pickStudent(context);
    const assignee = random.chance(0.7) ? pickStudent(context) : null;
    const lastPossibleMs = semesterEndMs - 2 * HOUR_MS;
    const closedMs = random.chance(closeRate) ? Math.min(lastPossibleMs, createdMs + random.int(2, 21 * 24) * HOUR_MS) : null;
    const issue: RestIssue = {
      id: 0,
      iid,
      project_id: project.id,
      title: writeIssueTitle(random),
      description: random.chance(0.25) ? null : 'As a user I want this so that the app is easier to use.\n\n- [ ] design\n- [ ] implementation\n- [ ] tests',
      state: closedMs === null ? 'opened' : 'closed',
      created_at: formatRestTime(createdMs),
      updated_at: formatRestTime(createdMs),
      closed_at: closedMs === null ? null : formatRestTime(closedMs),
      closed_by: null,
      author: author.ref,
      assignees: assignee ? [assignee.ref] : [],
      labels: random.chance(0.7) ? [random.pick(ISSUE_LABELS)] : [],
      milestone: null,
      due_date: random.chance(0.3) ? formatDateOnly(createdMs + random.int(3, 20) * DAY_MS) : null,
      confidential: false,
      issue_type: 'issue',
      user_notes_count: 0,
      references: { short: `#${iid}`, relative: `#${iid}`, full: `${project.path_with_namespace}#${iid}` },
      web_url: `${project.web_url}/-/issues/${iid}`,
    };
    const addNote = (noteAuthor: RestUserRef, body: string, timeMs: number, isSystem: boolean): void => {
      const at = formatRestTime(timeMs);
      notes.push({
        id: 0,
        type: null,
        body,
        author: noteAuthor,
        created_at: at,
        updated_at: at,
        system: isSystem,
        noteable_id: 0,
        noteable_type: 'Issue',
        noteable_iid: iid,
        project_id: project.id,
        resolvable: false,
        confidential: false,
        internal: false,
      });
      if (!isSystem) issue.user_notes_count += 1;
      if (at > issue.updated_at) issue.updated_at = at;
    };
    if (assignee) addNote(author.ref, `assigned to @${assignee.user.username}`, createdMs + random.int(1, 30) * MINUTE_MS, true);
    const endMs = closedMs ?? lastPossibleMs;
    const comments = random.int(0, 3);
    for (let comment = 0; comment < comments; comment += 1) {
      const commenter = pickStudent(context);
      addNote(commenter.ref, writeIssueComment(random), createdMs + Math.floor(random.next() * (endMs - createdMs)), false);
    }
    if (closedMs !== null) {
      const closer = assignee ?? author;
      issue.closed_by = closer.ref;
      addNote(closer.ref, 'closed', closedMs, true);
    }
    issues.push(issue);
  });
  notes.sort((a, b) => (a.created_at < b.created_at ? -1 : a.created_at > b.created_at ? 1 : 0));
  return { issues, notes };
}
