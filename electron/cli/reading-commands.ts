/**
 * Commands that only read the database. They open it read-only when it cannot be written (a file
 * left owned by root after `sudo gitpulse sync`, a read-only mount), so the figures stay reachable.
 */
const readingCommands = new Set(['course list', 'metrics', 'export', 'audit', 'alias list', 'exclude list', 'practices']);

export function isReadingCommand(words: string[]): boolean {
  return readingCommands.has(words.join(' '));
}
