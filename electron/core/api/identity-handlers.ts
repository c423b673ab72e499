import type { identityApi } from '../../../shared/api/identity-api';
import { normalizeEmail, normalizeName } from '../../../shared/metrics/normalize-identity';
import { ApiFailure } from './api-failure';
import type { HandlerMap } from './handler-map';
import { resolveCourse } from './resolve-course';

const emailPattern = /^[^\s@]+@[^\s@]+$/u;

export const identityHandlers: HandlerMap<typeof identityApi> = {
  'aliases.add': (input, { store }) => {
    const course = resolveCourse(store, input);
    const username = store.identity.findCourseUsername(course.id, input.username);
    if (username === null) throw new ApiFailure('not_found', `No member "${input.username}" on any team of "${course.name}".`);
    if (input.kind === 'email' && !emailPattern.test(input.value)) throw new ApiFailure('invalid_input', `"${input.value}" is not an email address.`);
    // Two members sharing an alias would make every commit under it ambiguous, so refuse it here.
    const key = input.kind === 'email' ? normalizeEmail : normalizeName;
    const taken = store.identity.listAliases(course.id).find((a) => a.kind === input.kind && key(a.value) === key(input.value));
    if (taken) throw new ApiFailure('conflict', `"${input.value}" is already an alias of ${taken.username} in "${course.name}".`);
    store.identity.addAlias(course.id, username, input.kind, input.value);
    const added = store.identity.listAliases(course.id).find((a) => a.kind === input.kind && a.value === input.value);
    if (!added) throw new ApiFailure('conflict', `The alias "${input.value}" could not be stored.`);
    return added;
  },

  'aliases.list': (input, { store }) => store.identity.listAliases(resolveCourse(store, input).id),

  'aliases.remove': (input, { store }) => {
    const course = resolveCourse(store, input);
    // Found as the matching compares (case and accents aside), so what was typed to add it removes it.
    const key = input.kind === 'email' ? normalizeEmail : normalizeName;
    const alias = store.identity
      .listAliases(course.id)
      .find((a) => a.kind === input.kind && a.username.toLowerCase() === input.username.toLowerCase() && key(a.value) === key(input.value));
    if (!alias || !store.identity.removeAlias(course.id, alias.id)) {
      throw new ApiFailure('not_found', `${input.username} has no ${input.kind} alias "${input.value}" in "${course.name}".`);
    }
    return { removed: true };
  },
};
