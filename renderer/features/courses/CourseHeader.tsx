import type { ExportFormat } from '../../../shared/api/export-api';
import type { Course } from '../../../shared/domain/course';
import { Button } from '../../components/Button';
import { ExternalLink } from '../../components/ExternalLink';
import { FactList } from '../../components/FactList';
import { formatCourseWindow } from './format-course-window';
import { exportFormatLabels, labelExportFormat } from './useGradeSheetExport';

export interface CourseHeaderProps {
  course: Course;
  isSyncing: boolean;
  isExporting: boolean;
  hasTeams: boolean;
  exportFormat: ExportFormat;
  /** The grading scope chosen on the Rubric and Grading tabs, which the grade sheets are written from. */
  iteration: string | undefined;
  onExportFormatChange(format: ExportFormat): void;
  onSync(): void;
  onExport(): void;
  isLmsRoundTripOpen: boolean;
  onToggleLmsRoundTrip(): void;
}

function describeSource(course: Course): string {
  if (course.source.kind === 'group') return `Group ${course.source.groupPath}`;
  const n = course.source.projectPaths.length;
  return `${n} listed ${n === 1 ? 'project' : 'projects'}`;
}

/** The id of the button that opens the LMS round trip, where focus returns when the panel closes. */
export const lmsRoundTripButtonId = 'lms-round-trip-toggle';

export function CourseHeader({
  course,
  isSyncing,
  isExporting,
  hasTeams,
  exportFormat,
  iteration,
  onExportFormatChange,
  onSync,
  onExport,
  isLmsRoundTripOpen,
  onToggleLmsRoundTrip,
}: CourseHeaderProps) {
  const syncBlocked = course.isDemo ? 'The demo course is generated on this computer; there is no GitLab to sync from.' : undefined;
  const exportBlocked = hasTeams ? undefined : 'Nothing to export yet: sync the course first.';
  return (
    <section className="course-header" aria-label="Course details">
      <FactList>
        <li>
          <ExternalLink href={course.gitlabUrl} className="course-header__url">
            {course.gitlabUrl}
          </ExternalLink>
        </li>
        <li>{describeSource(course)}</li>
        <li>{formatCourseWindow(course.windowStart, course.windowEnd)}</li>
      </FactList>
      <div className="course-header__actions">
        <Button variant="primary" onClick={onSync} disabled={isSyncing} disabledReason={syncBlocked}>
          {isSyncing ? 'Syncing…' : 'Sync now'}
        </Button>
        <select
          className="text-input"
          aria-label="Export format"
          value={exportFormat}
          disabled={isExporting}
          onChange={(event) => {
            const chosen = exportFormatLabels.find((f) => f.format === event.target.value);
            if (chosen) onExportFormatChange(chosen.format);
          }}
        >
          {exportFormatLabels.map((f) => (
            <option key={f.format} value={f.format}>
              {labelExportFormat(f.format, f.label, iteration)}
            </option>
          ))}
        </select>
        <Button onClick={onExport} disabled={isExporting} disabledReason={exportBlocked}>
          {isExporting ? 'Exporting…' : 'Export'}
        </Button>
        <Button
          id={lmsRoundTripButtonId}
          aria-expanded={isLmsRoundTripOpen}
          aria-controls={isLmsRoundTripOpen ? 'lms-round-trip' : undefined}
          disabledReason={exportBlocked}
          onClick={onToggleLmsRoundTrip}
        >
          Fill in a Moodle/Canvas gradebook…
        </Button>
      </div>
    </section>
  );
}
