/**
 * How identities compare. Emails: trimmed and lower-cased, nothing else (no dots or +tags dropped:
 * those are different addresses). Names and usernames: Unicode NFD, combining marks stripped, lower-
 * cased, runs of white space as one space, so "LUBOMIR  STASTNY" equals "Ľubomír Šťastný". Equality
 * only: a key is never searched for inside another.
 */
export function normalizeEmail(email: string): string {
  return email.trim().toLowerCase();
}

export function normalizeName(name: string): string {
  return name.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/\s+/gu, ' ').trim();
}
