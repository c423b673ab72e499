import type { RestAccessLevel, RestGroup, RestMember, RestProject, RestUser } from './rest-types';
import type { PersonIdentity } from './people-pool';
import type { SeededRandom } from './seeded-random';
import { formatRestTime } from './timestamps';

const TOP_GROUP_ID = 120;

export interface CourseGroups {
  group: RestGroup;
  subgroups: RestGroup[];
}

/** The course group and one subgroup per cohort of about four teams (at most six cohorts). */
export function createCourseGroups(baseUrl: string, groupPath: string, teams: number, createdMs: number): CourseGroups {
  const segments = groupPath.split('/');
  const path = segments[segments.length - 1] ?? groupPath;
  const createdAt = formatRestTime(createdMs);
  const group: RestGroup = {
    id: TOP_GROUP_ID,
    name: path.toUpperCase().replace(/-/g, ' '),
    path,
    full_path: groupPath,
    full_name: segments.join(' / '),
    description: 'Software engineering team projects',
    visibility: 'private',
    web_url: `${baseUrl}/groups/${groupPath}`,
    parent_id: null,
    created_at: createdAt,
  };
  const cohorts = Math.max(1, Math.min(6, Math.ceil(teams / 4)));
  const subgroups = Array.from({ length: cohorts }, (_, index): RestGroup => {
    const letter = String.fromCharCode(97 + index);
    const fullPath = `${groupPath}/cohort-${letter}`;
    return {
      id: TOP_GROUP_ID + 1 + index,
      name: `Cohort ${letter.toUpperCase()}`,
      path: `cohort-${letter}`,
      full_path: fullPath,
      full_name: `${group.full_name ?? groupPath} / Cohort ${letter.toUpperCase()}`,
      description: '',
      visibility: 'private',
      web_url: `${baseUrl}/groups/${fullPath}`,
      parent_id: group.id,
      created_at: createdAt,
    };
  });
  return { group, subgroups };
}

/** Teams fill cohorts in order: team-01..04 in cohort-a, the next ones in cohort-b, and so on. */
export function selectCohort(subgroups: RestGroup[], teamIndex: number, teams: number): RestGroup {
  const perCohort = Math.ceil(teams / subgroups.length);
  const subgroup = subgroups[Math.min(subgroups.length - 1, Math.floor(teamIndex / perCohort))];
  if (!subgroup) throw new Error('A course needs at least one cohort');
  return subgroup;
}

export function createUser(id: number, identity: PersonIdentity, baseUrl: string, createdMs: number, random: SeededRandom): RestUser {
  return {
    id,
    username: identity.username,
    name: identity.name,
    state: 'active',
    locked: false,
    avatar_url: random.chance(0.4) ? `${baseUrl}/uploads/-/system/user/avatar/${id}/avatar.png` : null,
    web_url: `${baseUrl}/${identity.username}`,
    public_email: identity.publicEmail,
    bot: false,
    created_at: formatRestTime(createdMs),
  };
}

/** GitLab names a project access token's bot user after the project id. */
export function createBotUser(id: number, project: RestProject, baseUrl: string, createdMs: number): RestUser {
  const username = `project_${project.id}_bot`;
  return {
    id,
    username,
    name: `${project.name} bot`,
    state: 'active',
    locked: false,
    avatar_url: null,
    web_url: `${baseUrl}/${username}`,
    public_email: '',
    bot: true,
    created_at: formatRestTime(createdMs),
  };
}

export function createMember(user: RestUser, accessLevel: RestAccessLevel, createdMs: number, expiresAt: string | null): RestMember {
  return {
    id: user.id,
    username: user.username,
    name: user.name,
    state: user.state,
    avatar_url: user.avatar_url,
    web_url: user.web_url,
    access_level: accessLevel,
    created_at: formatRestTime(createdMs),
    expires_at: expiresAt,
  };
}

export function createProject(id: number, teamNumber: number, subgroup: RestGroup, baseUrl: string, createdMs: number): RestProject {
  const path = `team-${String(teamNumber).padStart(2, '0')}`;
  const pathWithNamespace = `${subgroup.full_path}/${path}`;
  const name = `Team ${String(teamNumber).padStart(2, '0')}`;
  const host = new URL(baseUrl).host;
  return {
    id,
    name,
    name_with_namespace: `${subgroup.full_name ?? subgroup.name} / ${name}`,
    path,
    path_with_namespace: pathWithNamespace,
    description: `Semester project of ${name}`,
    namespace: {
      id: subgroup.id,
      name: subgroup.name,
      path: subgroup.path,
      full_path: subgroup.full_path,
      kind: 'group',
      parent_id: subgroup.parent_id,
      web_url: subgroup.web_url,
    },
    default_branch: 'main',
    visibility: 'private',
    web_url: `${baseUrl}/${pathWithNamespace}`,
    http_url_to_repo: `${baseUrl}/${pathWithNamespace}.git`,
    ssh_url_to_repo: `git@${host}:${pathWithNamespace}.git`,
    archived: false,
    created_at: formatRestTime(createdMs),
    last_activity_at: formatRestTime(createdMs),
  };
}
