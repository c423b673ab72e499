import type { ExportFormat } from '../../../shared/api/export-api';
import type { Course } from '../../../shared/domain/course';
import { Button } from '../../components/Button';
import { ExternalLink } from '../../components/ExternalLink';
import { FactList } from '../../components/FactList';
import { formatCourseWindow } from './format-course-window';
import { exportFormatLabels } from './useGradeSheetExport';

export interface CourseHeaderProps {
  course: Course;
  isSyncing: boolean;
  isExporting: boolean;
  hasTeams: boolean;
  exportFormat: ExportFormat;
  onExportFormatChange(format: ExportFormat): void;
  onSync(): void;
  onExport(): void;
}

function describeSource(course: Course): string {
  if (course.source.kind === 'group') return `Group ${course.source.groupPath}`;
  const n = course.source.projectPaths.length;
  return `${n} listed ${n === 1 ? 'project' : 'projects'}`;
}

export function CourseHeader({ course, isSyncing, isExporting, hasTeams, exportFormat, onExportFormatChange, onSync, onExport }: CourseHeaderProps) {
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
              {f.label}
            </option>
          ))}
        </select>
        <Button onClick={onExport} disabled={isExporting} disabledReason={exportBlocked}>
          {isExporting ? 'Exporting…' : 'Export'}
        </Button>
      </div>
    </section>
  );
}
