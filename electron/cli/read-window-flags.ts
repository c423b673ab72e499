import { describeNotADate, isCalendarDate } from '../../shared/domain/calendar-date';
import { CliError } from './cli-error';

export interface WindowFlags {
  windowStart?: string;
  windowEnd?: string;
}

/**
 * Checks `--window-start` and `--window-end` before they reach the core, so the message names the flag
 * (the core would name its field) and a usage error exits 2. Both must be real days, the end not before the start.
 */
export function readWindowFlags(command: string, values: { 'window-start'?: string | undefined; 'window-end'?: string | undefined }): WindowFlags {
  const flags: WindowFlags = {};
  for (const [flag, key] of [
    ['window-start', 'windowStart'],
    ['window-end', 'windowEnd'],
  ] as const) {
    const value = values[flag];
    if (value === undefined) continue;
    if (!isCalendarDate(value)) throw new CliError(`${command}: --${flag}: ${describeNotADate(value)}`, 2);
    flags[key] = value;
  }
  if (flags.windowStart && flags.windowEnd && flags.windowEnd < flags.windowStart) {
    throw new CliError(`${command}: --window-end ${flags.windowEnd} is before --window-start ${flags.windowStart}`, 2);
  }
  return flags;
}
