import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { CourseTotal } from '../../../shared/domain/course-total';
import type { CourseTotalEntry } from '../../../renderer/features/grading/course-total-store';
import { CourseTotalContent } from '../../../renderer/features/grading/CourseTotalView';
import { GradingScopeSelect } from '../../../renderer/features/grading/GradingScopeSelector';

const total: CourseTotal = {
  course: 'se-2026',
  iterations: [
    { name: 'Iteration 1', weight: 1, frozen: true, asOf: '2026-04-01T00:00:00.000Z', rubricVersion: 2, maxPoints: 40 },
    { name: 'Sprint <2>', weight: 0.5, frozen: false, asOf: '2026-05-19T00:00:00.000Z', rubricVersion: 0, maxPoints: 30 },
  ],
  students: [
    {
      projectId: 7,
      project: 'teaching/se-2026/team-01',
      userId: 42,
      username: 'ada',
      name: 'Ada\u202E <img src=x>',
      email: null,
      iterations: [
        { name: 'Iteration 1', total: 30, maxPoints: 40, percent: 75 },
        { name: 'Sprint <2>', total: 15, maxPoints: 30, percent: 50 },
      ],
      percent: 66.7,
    },
  ],
};

const noop = (): void => undefined;

function renderTotal(entry: CourseTotalEntry): string {
  return renderToStaticMarkup(<CourseTotalContent entry={entry} course={undefined} onRetry={noop} onOpenSettings={noop} />);
}

describe('the course total view', () => {
  it('shows each iteration’s percent and weight, and the weighted course percent, with student text isolated', () => {
    const html = renderTotal({ status: 'ready', total, error: undefined });
    expect(html).toContain('Weighted mean of the iterations’ percents: <bdi>Iteration 1 × 1, Sprint &lt;2&gt; × 0.5</bdi>');
    expect(html).toContain('<bdi>Iteration 1</bdi><span class="course-total__sub">weight 1 · frozen</span>');
    expect(html).toContain('<span class="course-total__sub">weight 0.5</span>');
    expect(html).toContain('<bdi>Ada\u202E &lt;img src=x&gt;</bdi>');
    expect(html).toContain('title="30 of 40 pts">75 <span class="unit">%</span>');
    expect(html).toContain('data-course-percent="true">66.7 <span class="unit">%</span>');
    expect(html).not.toContain('<img');
  });

  it('turns the core’s refusal into an empty state that leads to Course settings', () => {
    const message = 'The course has no iterations to combine; add them in the course settings (or with gitpulse iteration add).';
    const html = renderTotal({ status: 'ready', total: undefined, error: { code: 'conflict', message } });
    expect(html).toContain('No course total yet');
    expect(html).toContain(message);
    expect(html).toContain('>Open Course settings</button>');
  });
});

describe('the grading scope selector', () => {
  it('offers the whole course and each iteration, with the chosen one selected', () => {
    const iterations = [{ name: 'Iteration 1', start: '2026-02-16', end: '2026-03-31', weight: 1 }];
    const html = renderToStaticMarkup(<GradingScopeSelect iteration="Iteration 1" iterations={iterations} isLoaded onChange={noop} />);
    expect(html).toMatch(/<label for="[^"]+" class="grading-scope__label">Grading scope<\/label>/);
    expect(html).toContain('<option value="">Whole course</option><option value="Iteration 1" selected="">Iteration 1</option>');
  });

  it('says where iterations come from when the course has none', () => {
    expect(renderToStaticMarkup(<GradingScopeSelect iteration={undefined} iterations={[]} isLoaded onChange={noop} />)).toContain(
      'Add iterations in Course settings to grade them one by one.',
    );
  });
});
