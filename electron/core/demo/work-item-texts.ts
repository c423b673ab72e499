import type { SeededRandom } from './seeded-random';

/** What a feature branch is about; its slug names the branch and its label feeds titles. */
export interface FeatureTopic {
  slug: string;
  label: string;
  kind: 'feature' | 'fix' | 'chore';
}

const FEATURES: [string, string][] = [
  ['login-page', 'login page'],
  ['user-profile', 'user profile'],
  ['shopping-cart', 'shopping cart'],
  ['search', 'search'],
  ['orders-api', 'REST API for orders'],
  ['db-schema', 'database schema'],
  ['password-reset', 'password reset'],
  ['notifications', 'notifications'],
  ['dark-mode', 'dark mode'],
  ['admin-dashboard', 'admin dashboard'],
  ['pagination', 'pagination'],
  ['i18n', 'translations'],
  ['file-upload', 'file upload'],
  ['rate-limit', 'rate limiting'],
  ['audit-log', 'audit log'],
  ['calendar-view', 'calendar view'],
  ['csv-export', 'CSV export'],
  ['room-booking', 'room booking'],
  ['chat', 'team chat'],
  ['payment', 'payment flow'],
  ['settings', 'settings screen'],
  ['oauth', 'OAuth login'],
];
const FIXES: [string, string][] = [
  ['null-user', 'crash when the user is logged out'],
  ['date-parsing', 'date parsing in reports'],
  ['flaky-tests', 'flaky integration tests'],
  ['cart-total', 'wrong cart total'],
  ['layout-mobile', 'mobile layout'],
  ['timezone', 'time zone offset in calendar'],
  ['sql-injection', 'unsafe SQL in search'],
];
const CHORES: [string, string][] = [
  ['docker', 'Docker setup'],
  ['ci', 'CI pipeline'],
  ['deps', 'dependency updates'],
  ['readme', 'README'],
  ['refactor-services', 'service layer refactoring'],
  ['test-setup', 'test setup'],
];

export function pickFeatureTopic(random: SeededRandom): FeatureTopic {
  const roll = random.next();
  const [pool, kind] = roll < 0.65 ? [FEATURES, 'feature' as const] : roll < 0.88 ? [FIXES, 'fix' as const] : [CHORES, 'chore' as const];
  const [slug, label] = random.pick(pool);
  return { slug, label, kind };
}

export function writeBranchName(topic: FeatureTopic): string {
  const prefix = topic.kind === 'feature' ? 'feature' : topic.kind === 'fix' ? 'fix' : 'chore';
  return `${prefix}/${topic.slug}`;
}

export function writeMergeRequestTitle(topic: FeatureTopic): string {
  if (topic.kind === 'fix') return `Fix ${topic.label}`;
  if (topic.kind === 'chore') return `Update ${topic.label}`;
  return `Add ${topic.label}`;
}

const VERBS = ['Add', 'Implement', 'Fix', 'Refactor', 'Update', 'Test', 'Clean up', 'Extract', 'Rename', 'Document'];
const PARTS = [
  'validation',
  'unit tests',
  'error handling',
  'styles',
  'controller',
  'service',
  'migration',
  'form',
  'endpoint',
  'types',
  'edge cases',
  'logging',
];
const SLOPPY = ['fix', 'wip', 'asdf', 'final fix', 'fix tests', 'oops', 'try again', 'update', 'changes', 'it works now'];

/** Careful teams write descriptive titles; struggling teams often do not. */
export function writeCommitTitle(random: SeededRandom, topic: FeatureTopic | null, sloppiness: number): string {
  if (random.chance(sloppiness)) return random.pick(SLOPPY);
  const subject = topic ? topic.label : random.pick(['README', 'build script', 'project structure', 'config', 'docs', 'tests']);
  return `${random.pick(VERBS)} ${random.pick(PARTS)} for ${subject}`;
}

const REVIEW_COMMENTS = [
  'Could you add a test for the empty case?',
  'Nit: this name is a bit vague, maybe `loadOrders`?',
  'Why do we need this extra query here?',
  'Looks good to me, just one question about error handling.',
  'This duplicates the helper in the service layer, can we reuse it?',
  'Please remove the console output before merging.',
  'What happens if the request times out?',
  'Nice refactoring!',
  'I think this breaks the mobile layout, can you check?',
  'Can we move the magic number into a constant?',
];
const REPLIES = ['Done.', 'Good point, fixed.', 'Fixed in the latest commit.', 'I will do that in a follow-up.', 'Thanks!', 'Agreed, changed it.'];

export function writeReviewComment(random: SeededRandom): string {
  return random.pick(REVIEW_COMMENTS);
}

export function writeReply(random: SeededRandom): string {
  return random.pick(REPLIES);
}

const ISSUE_TEMPLATES = [
  (label: string) => `Implement ${label}`,
  (label: string) => `${label.charAt(0).toUpperCase()}${label.slice(1)} does not work on Safari`,
  (label: string) => `Write tests for ${label}`,
  (label: string) => `Design mock-ups for ${label}`,
  (label: string) => `Bug: ${label} shows an error after saving`,
];

export function writeIssueTitle(random: SeededRandom): string {
  const [, label] = random.pick(FEATURES);
  return random.pick(ISSUE_TEMPLATES)(label);
}

const ISSUE_COMMENTS = [
  'I can take this one.',
  'Is this still needed for the milestone?',
  'I reproduced it locally, looking into it.',
  'Blocked by the database migration.',
  'See the discussion in the last meeting notes.',
  'Moved to the next sprint.',
];

export function writeIssueComment(random: SeededRandom): string {
  return random.pick(ISSUE_COMMENTS);
}

export const ISSUE_LABELS = ['bug', 'feature', 'documentation', 'enhancement', 'frontend', 'backend', 'priority::high', 'priority::low'];
