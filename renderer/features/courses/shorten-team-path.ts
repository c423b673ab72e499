import type { Course } from '../../../shared/domain/course';

/**
 * A team's project path without the course group in front: inside "teaching/se-2026" the team
 * "teaching/se-2026/team-03" reads as "team-03". Listed projects keep their full path.
 */
export function shortenTeamPath(team: string, course: Course): string {
  if (course.source.kind !== 'group') return team;
  const prefix = `${course.source.groupPath.replace(/\/+$/, '')}/`;
  return team.toLowerCase().startsWith(prefix.toLowerCase()) && team.length > prefix.length ? team.slice(prefix.length) : team;
}
