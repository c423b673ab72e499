import { AddCourseForm } from './AddCourseForm';
import { DemoCourseCard } from './DemoCourseCard';
import './welcome.css';

export function WelcomeScreen() {
  return (
    <div className="welcome">
      <p className="welcome__intro">
        GitPulse pulls your student teams' commits, merge requests, issues and pipelines from GitLab onto this computer and shows, team by team, how often their
        builds succeed, so you know whom to talk to before the deadline. Look around in the demo course, or add your own.
      </p>
      <div className="welcome__cards">
        <DemoCourseCard />
        <section className="welcome-card" aria-labelledby="add-card-title">
          <h2 id="add-card-title" className="welcome-card__title">
            Add your course
          </h2>
          <p className="welcome-card__text">Point GitPulse at the GitLab group that holds the team projects, or list the projects one by one.</p>
          <AddCourseForm />
        </section>
      </div>
    </div>
  );
}
