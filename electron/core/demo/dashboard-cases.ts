import type { GeneratedCourse } from './course-types';

/** An unmatched identity: a member committing from a machine whose git config names someone else. */
interface StrayIdentity {
  teamIndex: number;
  /** Which student of the team (in roster order) the commits really belong to. */
  studentIndex: number;
  /** Every n-th of their commits is written under the stray identity. */
  every: number;
  name: (firstName: string) => string;
  email: (firstName: string) => string;
}

const strayIdentities: StrayIdentity[] = [
  // A laptop whose git config has only a first name and the machine's host name.
  {
    teamIndex: 0,
    studentIndex: 1,
    every: 4,
    name: (first) => first.toLowerCase(),
    email: (first) => `${first.toLowerCase()}@${first.toLowerCase()}s-laptop.local`,
  },
  // A lab virtual machine's default user.
  { teamIndex: 3, studentIndex: 2, every: 3, name: () => 'ubuntu', email: () => 'ubuntu@ubuntu-vm' },
];

/**
 * Cases the dashboards exist to show, written into the generated demo (and only the demo: the GitLab
 * simulator serves the generator's plain output, which other tests count on). Deterministic: it
 * depends only on the generated course. Commits under stray identities appear as unmatched authors
 * until the instructor maps them to their member.
 */
export function addDashboardCases(course: GeneratedCourse): void {
  const bots = new Set(course.users.filter((user) => user.bot).map((user) => user.id));
  for (const stray of strayIdentities) {
    const team = course.teams[stray.teamIndex];
    const student = team?.members.filter((member) => !bots.has(member.id))[stray.studentIndex];
    if (!team || !student) continue;
    const firstName = student.name.split(' ')[0] ?? student.name;
    let seen = 0;
    for (const commit of team.commits) {
      if (commit.author_name !== student.name) continue;
      seen += 1;
      if (seen % stray.every !== 0) continue;
      commit.author_name = stray.name(firstName);
      commit.author_email = stray.email(firstName);
    }
  }
}
