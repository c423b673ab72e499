import { useCallback, useEffect, useMemo } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useRouteStore } from '../../app/route-store';
import { selectCourseWindow, useMetricsWindowStore } from '../metrics-window/metrics-window-store';
import { WindowSelector } from '../metrics-window/WindowSelector';
import { ActivityHeatmap } from './ActivityHeatmap';
import { RecentIssues, RecentPipelines } from './ActivityLists';
import { AliasesPanel } from './AliasesPanel';
import { CommitsPanel } from './CommitsPanel';
import { useCourseAliasesStore } from './course-aliases-store';
import { describeMissingData } from './describe-missing-data';
import { DetailHeader } from './DetailHeader';
import { formatWindow } from './format-window';
import { MembersPanel } from './MembersPanel';
import { MergeRequestsPanel } from './MergeRequestsPanel';
import { PipelineHealthWidget } from './PipelineHealthWidget';
import { PracticesPanel } from './PracticesPanel';
import { noteTeamQueryOpen, selectTeamDetail, useTeamDetailStore, type TeamQuery } from './team-detail-store';
import { TeamTrendCharts } from './TeamTrendCharts';
import { UnmatchedAuthorsPanel } from './UnmatchedAuthorsPanel';
import { useTeamActions } from './useTeamActions';
import './team.css';

export interface TeamScreenProps {
  courseId: number;
  projectId: number;
}

/**
 * One team: pipeline health, trends, who does what, practices, and the items behind every figure,
 * counted in the window the course's selector holds (the same choice as the overview's).
 */
export function TeamScreen({ courseId, projectId }: TeamScreenProps) {
  const window = useMetricsWindowStore(selectCourseWindow(courseId));
  const query = useMemo<TeamQuery>(() => ({ courseId, projectId, window }), [courseId, projectId, window]);
  const entry = useTeamDetailStore(useMemo(() => selectTeamDetail(query), [query]));
  const refetch = useCallback(async () => {
    await Promise.all([useTeamDetailStore.getState().fetch(query), useCourseAliasesStore.getState().fetch(courseId)]);
  }, [query, courseId]);
  const actions = useTeamActions(courseId, refetch);
  const { openCourse, openStudent } = useRouteStore.getState();

  useEffect(() => {
    void useTeamDetailStore.getState().fetch(query);
    return noteTeamQueryOpen(query);
  }, [query]);

  const detail = entry.value;
  const team = detail?.team;
  // One tree whether or not the window's figures are in, so the selector stays mounted (focus, range inputs) while another window loads.
  return (
    <div className="detail-screen" data-screen={detail ? 'team' : undefined}>
      {detail && team && (
        <DetailHeader
          backLabel="Course overview"
          onBack={() => openCourse(courseId)}
          title={team.name}
          subtitle={
            <>
              <bdi className="mono">{team.project}</bdi> · {formatWindow(detail.from, detail.to, detail.timeZone)}
              {team.isArchived && ' · archived in GitLab'}
            </>
          }
          gitlabUrl={team.webUrl}
          notes={describeMissingData(detail)}
        />
      )}
      <div className="detail-toolbar">
        <WindowSelector courseId={courseId} />
      </div>
      {!detail || !team ? (
        entry.status === 'error' && entry.error ? (
          <ErrorBanner title="Could not load the team" error={entry.error} action={<Button onClick={() => void refetch()}>Retry</Button>} />
        ) : (
          <EmptyState title="Loading the team…" />
        )
      ) : (
        <>
          {actions.error && <ErrorBanner title="The change was not saved" error={actions.error} />}
          {entry.error && <ErrorBanner title="Could not refresh the team; showing the last figures" error={entry.error} />}
          <PipelineHealthWidget team={team} />
          <TeamTrendCharts detail={detail} />
          <MembersPanel team={team} onOpenStudent={(username) => openStudent(courseId, projectId, username)} />
          <UnmatchedAuthorsPanel authors={detail.unmatchedAuthors} members={team.members} actions={actions} />
          <AliasesPanel courseId={courseId} actions={actions} />
          <ActivityHeatmap cells={detail.heatmap} timeZone={detail.timeZone} />
          <PracticesPanel detail={detail} />
          <div className="detail-columns">
            <RecentPipelines pipelines={detail.recentPipelines} total={team.pipelines.total} projectUrl={team.webUrl} timeZone={detail.timeZone} />
            <RecentIssues issues={detail.issues} projectUrl={team.webUrl} timeZone={detail.timeZone} />
          </div>
          <MergeRequestsPanel mergeRequests={detail.mergeRequests} project={team.project} timeZone={detail.timeZone} actions={actions} />
          <CommitsPanel commits={detail.commits} timeZone={detail.timeZone} actions={actions} />
        </>
      )}
    </div>
  );
}
