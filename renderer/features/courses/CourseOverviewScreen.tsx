import { useEffect } from 'react';
import { Button } from '../../components/Button';
import { EmptyState } from '../../components/EmptyState';
import { ErrorBanner } from '../../components/ErrorBanner';
import { selectSyncStatus, useSyncStatusStore } from '../sync/sync-status-store';
import { isSyncActive, selectCourseSync, useSyncStore } from '../sync/sync-store';
import { selectCourseMetrics, useCourseMetricsStore } from './course-metrics-store';
import { CourseHeader } from './CourseHeader';
import { findCourse, useCoursesStore } from './courses-store';
import { SummaryTiles } from './SummaryTiles';
import { TeamSuccessTable } from './TeamSuccessTable';
import { useGradeSheetExport } from './useGradeSheetExport';
import './course-overview.css';

export function CourseOverviewScreen({ courseId }: { courseId: number }) {
  const course = useCoursesStore((state) => findCourse(state.courses, courseId));
  const entry = useCourseMetricsStore(selectCourseMetrics(courseId));
  const sync = useSyncStore(selectCourseSync(courseId));
  const isRunningElsewhere = useSyncStatusStore((state) => selectSyncStatus(courseId)(state)?.isRunning === true);
  const gradeSheet = useGradeSheetExport(courseId);

  useEffect(() => {
    void useCourseMetricsStore.getState().fetchMetrics(courseId);
  }, [courseId]);

  // The route is settled against the course list, so a missing course is only a moment's gap.
  if (!course) return null;

  const teams = entry.metrics?.teams ?? [];
  const isSyncing = isSyncActive(sync) || isRunningElsewhere;
  const retry = () => void useCourseMetricsStore.getState().fetchMetrics(courseId);
  const runSync = () => void useSyncStore.getState().runSync(courseId);

  return (
    <div className="course-overview">
      <CourseHeader
        course={course}
        isSyncing={isSyncing}
        isExporting={gradeSheet.isExporting}
        hasTeams={teams.length > 0}
        exportFormat={gradeSheet.format}
        onExportFormatChange={gradeSheet.setFormat}
        onSync={runSync}
        onExport={() => void gradeSheet.exportFile()}
      />
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
      {entry.status === 'loading' && <p className="muted">Loading teams…</p>}
      {entry.metrics && teams.length === 0 && (
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
            : 'No teams synced yet. Press Sync now to pull them from GitLab.'}
        </EmptyState>
      )}
      {entry.metrics && teams.length > 0 && (
        <>
          <SummaryTiles metrics={entry.metrics} />
          <TeamSuccessTable teams={teams} />
        </>
      )}
    </div>
  );
}
