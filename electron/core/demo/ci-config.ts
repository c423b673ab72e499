import type { CiQuality } from './team-profiles';

export type ProjectLanguage = 'node' | 'python' | 'java';

/** One job a team's CI file defines, as the job generator needs it. */
export interface CiJobTemplate {
  name: string;
  stage: 'build' | 'test' | 'lint' | 'deploy';
  allowFailure: boolean;
  reportsCoverage: boolean;
  reportsJunit: boolean;
  onlyDefaultBranch: boolean;
  /** Typical run time relative to the team's build time. */
  durationFactor: number;
}

export const STAGE_ORDER = ['build', 'test', 'lint', 'deploy'] as const;

const TOOLING: Record<ProjectLanguage, { image: string; build: string; test: string; lint: string; coverageRegex: string; junit: string }> = {
  node: {
    image: 'node:22-alpine',
    build: 'npm ci && npm run build',
    test: 'npm test -- --coverage --reporter=junit --outputFile=junit.xml',
    lint: 'npx eslint .',
    coverageRegex: '/All files[^|]*\\|[^|]*\\s+([\\d\\.]+)/',
    junit: 'junit.xml',
  },
  python: {
    image: 'python:3.12-slim',
    build: 'pip install -r requirements.txt',
    test: 'pytest --cov=app --junitxml=report.xml',
    lint: 'ruff check .',
    coverageRegex: '/TOTAL.*\\s+(\\d+%)$/',
    junit: 'report.xml',
  },
  java: {
    image: 'maven:3.9-eclipse-temurin-21',
    build: 'mvn -B compile',
    test: 'mvn -B test jacoco:report',
    lint: 'mvn -B checkstyle:check',
    coverageRegex: '/Total.*?([0-9]{1,3})%/',
    junit: 'target/surefire-reports/TEST-*.xml',
  },
};

export function listCiJobs(quality: CiQuality): CiJobTemplate[] {
  const job = (name: string, stage: CiJobTemplate['stage'], extra: Partial<CiJobTemplate> = {}): CiJobTemplate => ({
    name,
    stage,
    allowFailure: false,
    reportsCoverage: false,
    reportsJunit: false,
    onlyDefaultBranch: false,
    durationFactor: 1,
    ...extra,
  });
  switch (quality) {
    case 'full':
      return [
        job('build', 'build'),
        job('unit-tests', 'test', { reportsCoverage: true, reportsJunit: true, durationFactor: 3 }),
        job('lint', 'lint', { allowFailure: true, durationFactor: 0.4 }),
        job('deploy', 'deploy', { onlyDefaultBranch: true, durationFactor: 0.8 }),
      ];
    case 'standard':
      return [
        job('build', 'build'),
        job('test', 'test', { reportsCoverage: true, reportsJunit: true, durationFactor: 3 }),
        job('lint', 'lint', { durationFactor: 0.4 }),
      ];
    case 'minimal':
      return [job('test', 'test', { durationFactor: 2.5 })];
    case 'none':
      return [];
  }
}

/** The `.gitlab-ci.yml` a team keeps at the head of main, or null for a team without CI. */
export function renderCiConfig(quality: CiQuality, language: ProjectLanguage): string | null {
  const tools = TOOLING[language];
  switch (quality) {
    case 'none':
      return null;
    case 'minimal':
      return [`image: ${tools.image}`, '', 'test:', '  script:', `    - ${tools.build}`, `    - ${tools.test}`, ''].join('\n');
    case 'standard':
      return [
        `image: ${tools.image}`,
        '',
        'stages:',
        '  - build',
        '  - test',
        '  - lint',
        '',
        'build:',
        '  stage: build',
        '  script:',
        `    - ${tools.build}`,
        '',
        'test:',
        '  stage: test',
        '  script:',
        `    - ${tools.test}`,
        `  coverage: '${tools.coverageRegex}'`,
        '  artifacts:',
        '    reports:',
        `      junit: ${tools.junit}`,
        '',
        'lint:',
        '  stage: lint',
        '  script:',
        `    - ${tools.lint}`,
        '',
      ].join('\n');
    case 'full':
      return [
        `image: ${tools.image}`,
        '',
        'stages:',
        '  - build',
        '  - test',
        '  - lint',
        '  - deploy',
        '',
        'workflow:',
        '  rules:',
        '    - if: $CI_PIPELINE_SOURCE == "merge_request_event"',
        '    - if: $CI_COMMIT_BRANCH',
        '',
        'cache:',
        '  key: $CI_COMMIT_REF_SLUG',
        '  paths:',
        `    - ${language === 'node' ? 'node_modules/' : language === 'python' ? '.cache/pip' : '.m2/repository'}`,
        '',
        'build:',
        '  stage: build',
        '  script:',
        `    - ${tools.build}`,
        '  artifacts:',
        '    expire_in: 1 week',
        '    paths:',
        '      - dist/',
        '',
        'unit-tests:',
        '  stage: test',
        '  script:',
        `    - ${tools.test}`,
        `  coverage: '${tools.coverageRegex}'`,
        '  artifacts:',
        '    when: always',
        '    reports:',
        `      junit: ${tools.junit}`,
        '',
        'lint:',
        '  stage: lint',
        '  allow_failure: true',
        '  script:',
        `    - ${tools.lint}`,
        '',
        'deploy:',
        '  stage: deploy',
        '  environment: staging',
        '  rules:',
        '    - if: $CI_COMMIT_BRANCH == $CI_DEFAULT_BRANCH',
        '  script:',
        '    - ./scripts/deploy.sh staging',
        '',
      ].join('\n');
  }
}
