/** The contract's field names as a person types them on the command line. */
const flagsByField: Record<string, string> = {
  gitlabUrl: '--gitlab-url',
  groupPath: '--group',
  projectPaths: '--project',
  windowStart: '--window-start',
  windowEnd: '--window-end',
  coverageThreshold: '--coverage-threshold',
  timeZone: '--time-zone',
  requestsPerMinute: '--requests-per-minute',
  caFile: '--ca-file',
  course: '--course',
  from: '--from',
  to: '--to',
  limit: '--limit',
  reason: '--reason',
  member: '--member',
  email: '--email',
  url: '--url',
  asOf: '--as-of',
  delimiter: '--delimiter',
  lmsColumn: '--lms-column',
  criterion: '--criterion',
  points: '--points',
  comment: '--comment',
  iteration: '--iteration',
  weight: '--weight',
  format: '--format',
};

/**
 * The core names the field a check failed on ("windowStart.0: ..."); on the command line the person
 * typed a flag, so the message names that flag instead. A field with no flag (a course's name, given
 * as a word) loses the prefix: the message after it already says what is wrong.
 */
export function nameFlagsInMessage(message: string): string {
  return message
    .split('; ')
    .map((part) =>
      part.replace(/^([A-Za-z]+)(?:\.\d+)*: /, (_whole, field: string) => {
        const flag = flagsByField[field];
        return flag === undefined ? '' : `${flag}: `;
      }),
    )
    .join('; ');
}
