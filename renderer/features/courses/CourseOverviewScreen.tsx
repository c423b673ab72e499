import { useEffect, useMemo, useState } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { useRouteStore } from '../../app/route-store';
import { selectCourseWindow, useMetricsWindowStore } from '../metrics-window/metrics-window-store';
import { WindowSelector } from '../metrics-window/WindowSelector';
import { describeWindowSpec } from '../metrics-window/window-options';
import { selectSyncStatus, useSyncStatusStore } from '../sync/sync-status-store';
import { isSyncActive, selectCourseSync, useSyncStore } from '../sync/sync-store';
import { selectCourseMetrics, useCourseMetricsStore } from './course-metrics-store';
import { selectCoursePractices, useCoursePracticesStore } from './course-practices-store';
import { CourseHeader, lmsRoundTripButtonId } from './CourseHeader';
import { findCourse, useCoursesStore } from './courses-store';
import { IncompleteExportPrompt } from './IncompleteExportPrompt';
import { LmsRoundTripPanel } from './LmsRoundTripPanel';
import { describeResolvedWindow } from './describe-resolved-window';
import { MetricDefinitions } from './MetricDefinitions';
import { keepFlaggedTeams } from './sort-teams';
import { SummaryTiles } from './SummaryTiles';
import { TeamComparisonChart } from './TeamComparisonChart';
import { TeamComparisonTable } from './TeamComparisonTable';
import { useGradeSheetExport } from './useGradeSheetExport';
import { useLmsRoundTrip } from './useLmsRoundTrip';
import './course-overview.css';

export function CourseOverviewScreen({ courseId }: { courseId: number }) {
  const course = useCoursesStore((state) => findCourse(state.courses, courseId));
  const entry = useCourseMetricsStore(selectCourseMetrics(courseId));
  const practices = useCoursePracticesStore(selectCoursePractices(courseId));
  const window = useMetricsWindowStore(selectCourseWindow(courseId));
  const sync = useSyncStore(selectCourseSync(courseId));
  const isRunningElsewhere = useSyncStatusStore((state) => selectSyncStatus(courseId)(state)?.isRunning === true);
  const gradeSheet = useGradeSheetExport(courseId);
  const lmsTrip = useLmsRoundTrip(courseId);
  const [isLmsTripOpen, setIsLmsTripOpen] = useState(false);
  const [isOnlyFlagged, setIsOnlyFlagged] = useState(false);

  useEffect(() => {
    void useCourseMetricsStore.getState().fetchMetrics(courseId, window);
    void useCoursePracticesStore.getState().fetchPractices(courseId, window);
  }, [courseId, window]);

  const allTeams = entry.metrics?.teams;
  const teams = useMemo(() => (isOnlyFlagged ? keepFlaggedTeams(allTeams ?? []) : (allTeams ?? [])), [allTeams, isOnlyFlagged]);

  // The route is settled against the course list, so a missing course is only a moment's gap.
  if (!course) return null;

  const teamCount = allTeams?.length ?? 0;
  const flaggedCount = allTeams ? keepFlaggedTeams(allTeams).length : 0;
  const isSyncing = isSyncActive(sync) || isRunningElsewhere;
  const retry = () => void useCourseMetricsStore.getState().fetchMetrics(courseId, window);
  const runSync = () => void useSyncStore.getState().runSync(courseId);
  const openTeam = (projectId: number) => useRouteStore.getState().openTeam(courseId, projectId);
  const windowLabel = describeWindowSpec(window);

  return (
    <div className="course-overview">
      <CourseHeader
        course={course}
        isSyncing={isSyncing}
        isExporting={gradeSheet.isExporting}
        hasTeams={teamCount > 0}
        exportFormat={gradeSheet.format}
        iteration={gradeSheet.iteration}
        onExportFormatChange={gradeSheet.setFormat}
        onSync={runSync}
        onExport={() => void gradeSheet.exportFile()}
        isLmsRoundTripOpen={isLmsTripOpen}
        onToggleLmsRoundTrip={() => setIsLmsTripOpen((open) => !open)}
      />
      {isLmsTripOpen && (
        <LmsRoundTripPanel
          trip={lmsTrip}
          onClose={() => {
            setIsLmsTripOpen(false);
            document.getElementById(lmsRoundTripButtonId)?.focus();
          }}
        />
      )}
      {gradeSheet.refusedIncomplete !== undefined && (
        <IncompleteExportPrompt
          refusal={gradeSheet.refusedIncomplete}
          isExporting={gradeSheet.isExporting}
          onExportAnyway={() => void gradeSheet.exportAnyway()}
          onCancel={gradeSheet.dismissRefusal}
        />
      )}
      {gradeSheet.notice !== undefined && (
        <p className="overview-notice incomplete-export-prompt" role="status">
          {gradeSheet.notice}
          <Button variant="ghost" onClick={gradeSheet.dismissNotice}>
            Dismiss
          </Button>
        </p>
      )}
      {gradeSheet.error && (
        <ErrorBanner
          title="Export failed"
          error={gradeSheet.error}
          action={
            <Button variant="ghost" onClick={gradeSheet.dismissError}>
              Dismiss
            </Button>
          }
        />
      )}
      {entry.error && (
        <ErrorBanner
          title={entry.metrics ? 'Could not refresh the numbers; showing the last ones loaded' : 'Could not load the course numbers'}
          error={entry.error}
          action={<Button onClick={retry}>Retry</Button>}
        />
      )}
      <div className="overview-toolbar">
        <WindowSelector courseId={courseId} />
        {entry.metrics && (
          <span className="overview-toolbar__window" data-testid="resolved-window">
            {describeResolvedWindow(entry.metrics.from, entry.metrics.to)}
          </span>
        )}
        <label className="overview-toolbar__filter">
          <input type="checkbox" checked={isOnlyFlagged} onChange={(e) => setIsOnlyFlagged(e.target.checked)} />
          Only flagged teams ({flaggedCount} of {teamCount})
        </label>
      </div>
      {entry.status === 'loading' && <p className="muted">Loading teams…</p>}
      {entry.metrics && teamCount === 0 && (
        <EmptyState
          title="No teams yet"
          action={
            course.isDemo || isSyncing ? undefined : (
              <Button variant="primary" onClick={runSync}>
                Sync now
              </Button>
            )
          }
        >
          {isSyncing
            ? 'The first sync is running; the teams appear here once it has stored them. Its progress shows at the bottom of the window.'
            : course.lastSyncedAt === null
              ? 'No sync has run for this course yet, so there is nothing to count. Press Sync now to pull the teams from GitLab.'
              : 'The last sync found no team projects. Check the course source in GitLab, then sync again.'}
        </EmptyState>
      )}
      {entry.metrics && teamCount > 0 && (
        <>
          {course.lastSyncedAt === null && !course.isDemo && (
            <p className="overview-notice" role="note">
              No sync has finished for this course yet: the figures below are what an interrupted sync stored, not the course as it is.
            </p>
          )}
          <SummaryTiles metrics={entry.metrics} />
          {teams.length === 0 ? (
            <EmptyState title="No flagged teams">No team has a flag over {windowLabel}. Clear “Only flagged teams” to see them all.</EmptyState>
          ) : (
            <>
              <TeamComparisonTable course={course} teams={teams} practices={practices} onOpenTeam={openTeam} />
              <TeamComparisonChart teams={teams} windowLabel={windowLabel} />
            </>
          )}
          <MetricDefinitions />
        </>
      )}
    </div>
  );
}
