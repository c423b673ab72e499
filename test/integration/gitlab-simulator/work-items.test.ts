import { describe, expect, it } from 'vitest';
import { generateCourse } from '../../../electron/core/demo/generate-course';
import type { RestIssue, RestMergeRequest, RestNote } from '../../../electron/core/demo/rest-types';
import { fetchSimulator } from '../../support/gitlab-simulator/fetch-simulator';
import { useSimulator } from '../../support/gitlab-simulator/use-simulator';

const course = generateCourse();
const team = course.teams[0];
const projectId = team?.project.id ?? 0;
const getSim = useSimulator(course);

describe('GitLab simulator merge requests, issues and notes', () => {
  it('lists merge requests by state, newest created first', async () => {
    const response = await fetchSimulator(getSim().url, `/projects/${projectId}/merge_requests?state=merged&per_page=100`);
    const merged = response.body as RestMergeRequest[];
    expect(merged.length).toBe(team?.mergeRequests.filter((mergeRequest) => mergeRequest.state === 'merged').length);
    for (let index = 1; index < merged.length; index += 1) expect((merged[index - 1]?.created_at ?? '') >= (merged[index]?.created_at ?? '')).toBe(true);
  });

  it('filters merge requests and issues by updated_after', async () => {
    const sorted = [...(team?.mergeRequests ?? [])].sort((a, b) => (a.updated_at < b.updated_at ? -1 : 1));
    const pivot = sorted[sorted.length - 5]?.updated_at ?? '';
    const response = await fetchSimulator(getSim().url, `/projects/${projectId}/merge_requests?updated_after=${pivot}&order_by=updated_at&sort=asc`);
    expect((response.body as RestMergeRequest[]).map((item) => item.iid)).toEqual(sorted.slice(-5).map((item) => item.iid));
    const issues = [...(team?.issues ?? [])].sort((a, b) => (a.updated_at < b.updated_at ? -1 : 1));
    const issuePivot = issues[issues.length - 3]?.updated_at ?? '';
    const listed = await fetchSimulator(getSim().url, `/projects/${projectId}/issues?updated_after=${issuePivot}&order_by=updated_at&sort=asc`);
    expect((listed.body as RestIssue[]).map((item) => item.iid)).toEqual(issues.slice(-3).map((item) => item.iid));
  });

  it('lists the notes of a merge request and of an issue', async () => {
    const mergeRequest = team?.mergeRequests.find((item) => team.mergeRequestNotes.some((note) => note.noteable_iid === item.iid));
    const notes = (await fetchSimulator(getSim().url, `/projects/${projectId}/merge_requests/${mergeRequest?.iid}/notes?sort=asc&per_page=100`))
      .body as RestNote[];
    expect(notes.map((note) => note.id)).toEqual(team?.mergeRequestNotes.filter((note) => note.noteable_iid === mergeRequest?.iid).map((note) => note.id));
    expect(notes.every((note) => note.noteable_type === 'MergeRequest' && note.noteable_id === mergeRequest?.id)).toBe(true);
    const issue = team?.issues.find((item) => team.issueNotes.some((note) => note.noteable_iid === item.iid));
    const issueNotes = (await fetchSimulator(getSim().url, `/projects/${projectId}/issues/${issue?.iid}/notes`)).body as RestNote[];
    expect(issueNotes.length).toBeGreaterThan(0);
    expect((await fetchSimulator(getSim().url, `/projects/${projectId}/merge_requests/9999/notes`)).status).toBe(404);
  });

  it('bumps updated_at of a merge request when a note is added', async () => {
    const mergeRequest = team?.mergeRequests.find((item) => item.state === 'opened');
    const note = getSim().addNote(projectId, 'MergeRequest', mergeRequest?.iid ?? 0, 'Looks good!');
    const response = await fetchSimulator(getSim().url, `/projects/${projectId}/merge_requests?updated_after=${note.created_at}`);
    expect((response.body as RestMergeRequest[]).map((item) => item.iid)).toEqual([mergeRequest?.iid]);
    expect((response.body as RestMergeRequest[])[0]?.user_notes_count).toBe((mergeRequest?.user_notes_count ?? 0) + 1);
  });

  it('opens and merges a merge request with a merge commit on main', async () => {
    const opened = getSim().addMergeRequest(projectId, { title: 'Add export' });
    expect(opened.state).toBe('opened');
    const merged = getSim().updateMergeRequest(projectId, opened.iid, { state: 'merged' });
    expect(merged.merged_at).not.toBeNull();
    expect(merged.merge_commit_sha).not.toBeNull();
    const commit = await fetchSimulator(getSim().url, `/projects/${projectId}/repository/commits/main`);
    expect((commit.body as { id: string; parent_ids: string[] }).id).toBe(merged.merge_commit_sha);
    expect((commit.body as { parent_ids: string[] }).parent_ids).toEqual([expect.any(String), opened.sha]);
  });

  it('adds and closes an issue', async () => {
    const issue = getSim().addIssue(projectId, { title: 'Broken login' });
    const closed = getSim().updateIssue(projectId, issue.iid, { state: 'closed' });
    expect(closed.closed_at).not.toBeNull();
    const listed = await fetchSimulator(getSim().url, `/projects/${projectId}/issues?state=closed&updated_after=${closed.updated_at}`);
    expect((listed.body as RestIssue[]).map((item) => item.iid)).toEqual([issue.iid]);
  });
});
