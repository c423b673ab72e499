import { z } from 'zod';

/** The six CI/CD practice checks, in the order the app shows them (definitions in docs/metrics.md). */
export const practiceNames = ['pipelineExists', 'testsAutomated', 'coverageThreshold', 'linting', 'securityScan', 'multiStage'] as const;
export type PracticeName = (typeof practiceNames)[number];

export const practiceLabels: Record<PracticeName, string> = {
  pipelineExists: 'Pipeline exists',
  testsAutomated: 'Automated tests',
  coverageThreshold: 'Coverage threshold',
  linting: 'Code quality checks',
  securityScan: 'Security scanning',
  multiStage: 'Multi-stage pipeline',
};

/** Where the deciding text stands: job and stage are null for what belongs to no job (an include, a parse error). */
export const PracticeEvidenceSchema = z.object({
  job: z.string().nullable(),
  stage: z.string().nullable(),
  file: z.string(),
  line: z.number().int(),
  text: z.string(),
});

export const PracticeCheckSchema = z.object({ passed: z.boolean(), evidence: z.array(PracticeEvidenceSchema) });
export type PracticeCheck = z.infer<typeof PracticeCheckSchema>;

export const PracticeChecksSchema = z.object(
  Object.fromEntries(practiceNames.map((name) => [name, PracticeCheckSchema])) as Record<PracticeName, typeof PracticeCheckSchema>,
);
export type PracticeChecks = z.infer<typeof PracticeChecksSchema>;

/** The verdicts alone, as `gitpulse metrics --json` prints them. */
export const PracticeVerdictsSchema = z.object(Object.fromEntries(practiceNames.map((name) => [name, z.boolean()])) as Record<PracticeName, z.ZodBoolean>);
export type PracticeVerdicts = z.infer<typeof PracticeVerdictsSchema>;

export const TeamPracticesSchema = z.object({
  project: z.string(),
  name: z.string(),
  /** The default branch's .gitlab-ci.yml parsed to a mapping (false also when there is none). */
  parses: z.boolean(),
  checks: PracticeChecksSchema,
  /** Local includes that could not be read; their jobs are not counted. */
  unresolvedIncludes: z.array(z.string()),
});
export type TeamPractices = z.infer<typeof TeamPracticesSchema>;

export const CoursePracticesSchema = z.object({ course: z.string(), teams: z.array(TeamPracticesSchema) });
export type CoursePractices = z.infer<typeof CoursePracticesSchema>;

/** Each check in a sentence, for tooltips; the full lists of runners, linters and scanners are in docs/metrics.md. */
export const practiceDefinitions: Record<PracticeName, string> = {
  pipelineExists: "The default branch's .gitlab-ci.yml parses to a mapping with at least one job, and at least one pipeline ran in the window.",
  testsAutomated: 'A job runs a known test runner (pytest, npm test, mvn test, go test, …) or declares artifacts:reports:junit.',
  coverageThreshold: "The latest default-branch coverage in the window is at or above the course's threshold.",
  linting: "A job runs a known linter or format check, declares artifacts:reports:codequality, or includes GitLab's Code Quality template.",
  securityScan: 'A job runs a known security scanner, includes a GitLab security template, or declares a security report.',
  multiStage: 'At least 3 distinct stages hold a job (a job without stage: is in test).',
};
