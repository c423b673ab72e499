import { useState } from 'react';
import { SegmentedControl, type SegmentedOption } from '../../components/SegmentedControl';
import { CourseTotalView } from './CourseTotalView';
import { GradingScopeSelector } from './GradingScopeSelector';
import { selectGradingScope, useGradingScopeStore } from './grading-scope-store';
import { ScopeGradesView } from './ScopeGradesView';
import './grading.css';
import './grading-scope.css';

type GradingView = 'grades' | 'total';

const viewOptions: ReadonlyArray<SegmentedOption<GradingView>> = [
  { value: 'grades', label: 'Team grades' },
  { value: 'total', label: 'Course total' },
];

/** The Grading tab: one scope's team grades (the whole course or an iteration), or the course total over the iterations. */
export function GradingScreen({ courseId }: { courseId: number }) {
  const iteration = useGradingScopeStore(selectGradingScope(courseId));
  const [view, setView] = useState<GradingView>('grades');
  return (
    <div className="grading-screen">
      <div className="grading-scope-bar">
        <SegmentedControl name={`grading-view-${courseId}`} label="Grading view" options={viewOptions} value={view} onChange={(next) => setView(next)} />
        {view === 'grades' && <GradingScopeSelector courseId={courseId} />}
      </div>
      {view === 'grades' ? <ScopeGradesView key={iteration ?? ''} courseId={courseId} iteration={iteration} /> : <CourseTotalView courseId={courseId} />}
    </div>
  );
}
