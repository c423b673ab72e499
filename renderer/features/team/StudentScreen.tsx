import { useCallback, useEffect, useMemo } from 'react';
import { studentFigures } from '../../../shared/metrics/student-figures';
import type { ChartTheme } from '../../charts/chart-theme';
import { ChartPanel } from '../../charts/ChartPanel';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ExternalLink } from '../../components/ExternalLink';
import { useRouteStore } from '../../app/route-store';
import { selectCourseWindow, useMetricsWindowStore } from '../metrics-window/metrics-window-store';
import { WindowSelector } from '../metrics-window/WindowSelector';
import { ActivityHeatmap } from './ActivityHeatmap';
import { RecentIssues } from './ActivityLists';
import { buildTimelineOption, summarizeTimeline } from './build-timeline-option';
import { CommitsPanel } from './CommitsPanel';
import { Definition } from './Definition';
import { DetailHeader } from './DetailHeader';
import { formatInstant } from './format-instant';
import { formatStudentFigure } from './format-student-figure';
import { formatWindow } from './format-window';
import { gitlabLinks } from './gitlab-links';
import { MergeRequestsPanel } from './MergeRequestsPanel';
import { noteStudentQueryOpen, selectStudentProfile, useStudentProfileStore, type StudentQuery } from './student-profile-store';
import { linkStudentFigure } from './student-figure-link';
import { useTeamActions } from './useTeamActions';
import './team.css';

export interface StudentScreenProps {
  courseId: number;
  projectId: number;
  username: string;
}

/**
 * Everything about one student: figures with their definitions and GitLab links, a weekly timeline
 * against the team, the items behind them; in the course's selected window, as on the team page.
 */
export function StudentScreen({ courseId, projectId, username }: StudentScreenProps) {
  const window = useMetricsWindowStore(selectCourseWindow(courseId));
  const query = useMemo<StudentQuery>(() => ({ courseId, projectId, username, window }), [courseId, projectId, username, window]);
  const entry = useStudentProfileStore(useMemo(() => selectStudentProfile(query), [query]));
  const refetch = useCallback(() => useStudentProfileStore.getState().fetch(query), [query]);
  const actions = useTeamActions(courseId, refetch);
  const { openTeam } = useRouteStore.getState();

  useEffect(() => {
    void useStudentProfileStore.getState().fetch(query);
    return noteStudentQueryOpen(query);
  }, [query]);

  const profile = entry.value;
  const timelineOption = useCallback((theme: ChartTheme) => (profile ? buildTimelineOption(profile, theme) : {}), [profile]);
  const windowBar = (
    <div className="detail-toolbar">
      <WindowSelector courseId={courseId} />
    </div>
  );
  if (!profile) {
    // The same position as below, so the selector stays mounted while another window loads.
    return (
      <div className="detail-screen">
        {null}
        {windowBar}
        {entry.status === 'error' && entry.error ? (
          <>
            <ErrorBanner title="Could not load the student" error={entry.error} action={<Button onClick={() => void refetch()}>Retry</Button>} />
            <Button variant="ghost" onClick={() => openTeam(courseId, projectId)}>
              ← Back to the team
            </Button>
          </>
        ) : (
          <EmptyState title="Loading the student…" />
        )}
      </div>
    );
  }
  const { student, team } = profile;
  return (
    <div className="detail-screen" data-screen="student">
      <DetailHeader
        backLabel={team.name}
        onBack={() => openTeam(courseId, projectId)}
        title={student.name}
        subtitle={
          <>
            @{student.username} in <bdi>{team.name}</bdi>
            {student.isFormer && ' · former member'} · {formatWindow(profile.from, profile.to, profile.timeZone)}
            {student.lastActivityAt ? ` · last active ${formatInstant(student.lastActivityAt, profile.timeZone)}` : ' · no activity in this window'}
          </>
        }
        gitlabUrl={gitlabLinks.user(team.webUrl, student.username)}
      />
      {windowBar}
      {actions.error && <ErrorBanner title="The change was not saved" error={actions.error} />}
      <section className="figure-grid" aria-label="Figures">
        {studentFigures.map((figure) => {
          const href = linkStudentFigure(figure.id, team.webUrl, student);
          const text = formatStudentFigure(figure, student);
          return (
            <div key={figure.id} className="figure" data-figure={figure.id}>
              <span className="figure__label">
                <Definition definition={figure.definition}>{figure.label}</Definition>
              </span>
              <span className="figure__value">{href ? <ExternalLink href={href}>{text}</ExternalLink> : text}</span>
            </div>
          );
        })}
      </section>
      <ChartPanel
        title="Weekly commits and share of the team"
        summary={summarizeTimeline(profile)}
        isEmpty={profile.teamWeekly.length === 0}
        emptyMessage="No weeks in this window had commits by anyone in the team."
        buildOption={timelineOption}
      />
      <ActivityHeatmap cells={profile.heatmap} timeZone={profile.timeZone} title="The student’s commits by weekday and hour" />
      <MergeRequestsPanel
        mergeRequests={profile.mergeRequests}
        project={team.project}
        timeZone={profile.timeZone}
        actions={actions}
        title="Merge requests opened, merged or reviewed"
      />
      <RecentIssues issues={profile.issues} projectUrl={team.webUrl} timeZone={profile.timeZone} title="Issues opened or closed" />
      <CommitsPanel commits={profile.commits} timeZone={profile.timeZone} actions={actions} title="The student’s commits" />
    </div>
  );
}
