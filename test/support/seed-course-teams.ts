import { createStore } from '../../electron/core/store/create-store';
import type { MemberRow } from '../../electron/core/store/rows/member-rows';

export interface SeededCourse {
  /** GitLab instance the course and its projects belong to. */
  instance: string;
  /** The group path; each team is `<group>/team-<gitlabId>`. */
  group: string;
  courseName: string;
  teamIds: readonly number[];
  defaultBranch?: string;
  /** Leave the schedule off when a test is not about syncing (a scheduled sync would want a token). */
  isScheduled?: boolean;
  /** Team rosters by the team's GitLab project id, as a member sync would store them. */
  members?: Readonly<Record<number, readonly MemberRow[]>>;
}

/**
 * Writes a course with these team projects into a data folder, as a sync's first project listing
 * would, so tests of what arrives later (webhooks, the relay) start from a known course.
 */
export function seedCourseTeams(dataDir: string, seed: SeededCourse): void {
  const store = createStore(dataDir);
  try {
    const course = store.courses.insertCourse({
      name: seed.courseName,
      gitlabUrl: seed.instance,
      source: { kind: 'group', groupPath: seed.group },
      isDemo: false,
    });
    if (seed.isScheduled === false) store.courses.updateCourse(course.id, { syncIntervalMinutes: null });
    for (const gitlabId of seed.teamIds) {
      const projectId = store.projects.upsertProject(seed.instance, {
        gitlabId,
        pathWithNamespace: `${seed.group}/team-${gitlabId}`,
        name: `team-${gitlabId}`,
        webUrl: `${seed.instance}/${seed.group}/team-${gitlabId}`,
        defaultBranch: seed.defaultBranch ?? 'main',
        isArchived: false,
        lastActivityAt: null,
      });
      store.projects.linkTeam(course.id, projectId);
      const members = seed.members?.[gitlabId];
      if (members) store.members.replaceMembers(projectId, [...members]);
    }
  } finally {
    store.close();
  }
}
