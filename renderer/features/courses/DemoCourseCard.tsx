import { useRouteStore } from '../../app/route-store';
import { Button } from '../../components/Button';
import { ErrorBanner } from '../../components/ErrorBanner';
import { ProgressBar } from '../../components/ProgressBar';
import { useCoursesStore } from './courses-store';

export function DemoCourseCard() {
  const demoCourse = useCoursesStore((state) => state.courses.find((course) => course.isDemo));
  const isCreating = useCoursesStore((state) => state.isCreatingDemo);
  const error = useCoursesStore((state) => state.demoError);

  async function openDemo(): Promise<void> {
    if (demoCourse) {
      useRouteStore.getState().openCourse(demoCourse.id);
      return;
    }
    const courseId = await useCoursesStore.getState().createDemoCourse();
    if (courseId !== undefined) useRouteStore.getState().openCourse(courseId);
  }

  return (
    <section className="welcome-card" aria-labelledby="demo-card-title">
      <h2 id="demo-card-title" className="welcome-card__title">
        Explore the demo course
      </h2>
      <p className="welcome-card__text">
        A generated course with student teams and a semester of pipelines, so you can try every screen before connecting GitLab. It stays on this computer.
      </p>
      {isCreating ? (
        <ProgressBar label="Creating the demo course" detail="Generating demo teams and pipelines…" />
      ) : (
        <div>
          <Button variant="primary" onClick={() => void openDemo()}>
            {demoCourse ? 'Open the demo course' : 'Explore the demo course'}
          </Button>
        </div>
      )}
      {error && <ErrorBanner title="Could not create the demo course" error={error} />}
    </section>
  );
}
