/** How good a team's `.gitlab-ci.yml` is; drives which jobs its pipelines run. */
export type CiQuality = 'full' | 'standard' | 'minimal' | 'none';

export type TeamStyle = 'strong' | 'struggling' | 'late-ci' | 'no-ci' | 'steady' | 'crammer' | 'solo-hero' | 'reviewers';

/**
 * The knobs that make teams look different on a dashboard. Rates are per working day at
 * activityScale 1; probabilities are per event.
 */
export interface TeamProfile {
  style: TeamStyle;
  /** Mean events (pushes, new branches, merges...) per working day. */
  dailyEvents: number;
  /** Weight of starting a feature branch vs committing straight to main. */
  featureWeight: number;
  directMainWeight: number;
  /** Chance that a merge request gets a reviewer. */
  reviewRate: number;
  /** Base chance a main pipeline fails outside a streak. */
  failRate: number;
  /** Chance that a failure starts a streak, and the streak's length range. */
  streakChance: number;
  streakLength: [number, number];
  /** A red streak on main the team cannot avoid: starts on this semester day and lasts this many pipelines. */
  forcedStreak: { day: number; length: number } | null;
  ciQuality: CiQuality;
  /** Week (0-based) in which .gitlab-ci.yml appears; no pipelines before it. */
  ciStartWeek: number;
  /** Week (0-based) in which the team deleted .gitlab-ci.yml again, or null when it kept it. */
  ciEndWeek: number | null;
  /** Whether merge request pipelines run besides branch pipelines. */
  mergeRequestPipelines: boolean;
  coverageStart: number;
  coverageEnd: number;
  testsStart: number;
  testsEnd: number;
  /** Activity multiplier in the week before a milestone (weeks 4, 8 and the last). */
  deadlineBoost: number;
  /** Share of commits made by the most active student (1/students = perfectly even). */
  topContributorShare: number;
  issuesPerWeek: number;
  /** Seconds a build job takes on average; test jobs take about three times as long. */
  buildSeconds: number;
}

const STYLE_ORDER: TeamStyle[] = ['strong', 'struggling', 'late-ci', 'no-ci', 'steady', 'crammer', 'solo-hero', 'reviewers'];

const BASE: Omit<TeamProfile, 'style'> = {
  dailyEvents: 2.2,
  featureWeight: 3,
  directMainWeight: 1,
  reviewRate: 0.5,
  failRate: 0.12,
  streakChance: 0.25,
  streakLength: [2, 4],
  forcedStreak: null,
  ciQuality: 'standard',
  ciStartWeek: 1,
  ciEndWeek: null,
  mergeRequestPipelines: false,
  coverageStart: 35,
  coverageEnd: 65,
  testsStart: 8,
  testsEnd: 90,
  deadlineBoost: 1.6,
  topContributorShare: 0.4,
  issuesPerWeek: 1.6,
  buildSeconds: 70,
};

const OVERRIDES: Record<TeamStyle, Partial<TeamProfile>> = {
  strong: {
    dailyEvents: 3.2,
    featureWeight: 5,
    directMainWeight: 0.3,
    reviewRate: 0.95,
    failRate: 0.06,
    streakChance: 0.1,
    ciQuality: 'full',
    ciStartWeek: 0,
    mergeRequestPipelines: true,
    coverageStart: 55,
    coverageEnd: 88,
    testsStart: 20,
    testsEnd: 260,
    deadlineBoost: 1.2,
    topContributorShare: 0.3,
    issuesPerWeek: 3,
    buildSeconds: 45,
  },
  struggling: {
    dailyEvents: 2,
    featureWeight: 1,
    directMainWeight: 3,
    reviewRate: 0.1,
    failRate: 0.3,
    streakChance: 0.45,
    streakLength: [3, 6],
    forcedStreak: { day: 30, length: 9 },
    ciQuality: 'standard',
    ciStartWeek: 2,
    coverageStart: 12,
    coverageEnd: 38,
    testsStart: 3,
    testsEnd: 30,
    deadlineBoost: 2.5,
    topContributorShare: 0.6,
    issuesPerWeek: 0.8,
    buildSeconds: 110,
  },
  'late-ci': { dailyEvents: 1.8, ciQuality: 'minimal', ciStartWeek: 9, coverageStart: 20, coverageEnd: 30, testsStart: 4, testsEnd: 20, issuesPerWeek: 1 },
  // Had a minimal pipeline for a few weeks, then deleted .gitlab-ci.yml: a success rate to grade, but no
  // CI configuration at the head of main.
  'no-ci': { dailyEvents: 1.6, directMainWeight: 2, ciQuality: 'minimal', ciStartWeek: 1, ciEndWeek: 4, reviewRate: 0.2, issuesPerWeek: 0.6 },
  steady: { dailyEvents: 2.4, deadlineBoost: 1.1, ciQuality: 'full', ciStartWeek: 1, coverageStart: 40, coverageEnd: 75, topContributorShare: 0.35 },
  crammer: { dailyEvents: 1.3, deadlineBoost: 5, failRate: 0.2, streakLength: [2, 5], coverageStart: 25, coverageEnd: 55 },
  'solo-hero': { dailyEvents: 2.6, topContributorShare: 0.85, reviewRate: 0.15, ciQuality: 'full', coverageStart: 45, coverageEnd: 80 },
  reviewers: { dailyEvents: 2, featureWeight: 6, directMainWeight: 0.1, reviewRate: 1, mergeRequestPipelines: true, issuesPerWeek: 2.5 },
};

/**
 * Teams cycle through the styles so any course of four or more teams shows the contrasts. Only the
 * first cycle has a team without CI; later cycles get a late adopter there instead. `jitter` returns
 * a factor near 1 so that teams sharing a style still differ.
 */
export function selectTeamProfile(teamIndex: number, semesterDays: number, jitter: () => number): TeamProfile {
  const cycled = STYLE_ORDER[teamIndex % STYLE_ORDER.length] ?? 'steady';
  const style: TeamStyle = cycled === 'no-ci' && teamIndex >= STYLE_ORDER.length ? 'late-ci' : cycled;
  const profile: TeamProfile = { ...BASE, ...OVERRIDES[style], style };
  // The struggling team breaks main about a third into the semester, whatever its length.
  const forcedStreak = profile.forcedStreak ? { ...profile.forcedStreak, day: Math.floor(semesterDays * 0.33) } : null;
  return {
    ...profile,
    forcedStreak,
    dailyEvents: profile.dailyEvents * jitter(),
    failRate: Math.min(0.6, profile.failRate * jitter()),
    coverageStart: profile.coverageStart * jitter(),
    coverageEnd: Math.min(95, profile.coverageEnd * jitter()),
    issuesPerWeek: profile.issuesPerWeek * jitter(),
  };
}
