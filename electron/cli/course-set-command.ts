import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { CliError } from './cli-error';
import { parseCommandOptions } from './parse-command-line';
import { readWindowFlags } from './read-window-flags';

/** `gitpulse course set NAME [--coverage-threshold N] [--time-zone ZONE] [--window-start DATE] [--window-end DATE]`: the settings the metrics read. */
export async function runCourseSetCommand(core: Core, rest: string[], io: Pick<CliIo, 'stdout'>): Promise<void> {
  const { values, positionals } = parseCommandOptions(
    'course set',
    rest,
    {
      'coverage-threshold': { type: 'string' },
      'time-zone': { type: 'string' },
      'window-start': { type: 'string' },
      'window-end': { type: 'string' },
    },
    1,
  );
  const name = positionals[0];
  if (!name) throw new CliError('course set: name the course, e.g. gitpulse course set se-2026 --coverage-threshold 70', 2);
  const threshold = values['coverage-threshold'];
  const zone = values['time-zone'];
  const window = readWindowFlags('course set', values);
  if (threshold === undefined && zone === undefined && Object.keys(window).length === 0) {
    throw new CliError(
      'course set: give --coverage-threshold N (0 to 100), --time-zone ZONE (e.g. Europe/Prague, or "local"), --window-start DATE or --window-end DATE',
      2,
    );
  }
  let coverageThreshold: number | undefined;
  if (threshold !== undefined) {
    coverageThreshold = Number(threshold);
    if (threshold.trim() === '' || !Number.isFinite(coverageThreshold) || coverageThreshold < 0 || coverageThreshold > 100) {
      throw new CliError(`course set: --coverage-threshold: ${threshold} is not a percentage between 0 and 100`, 2);
    }
  }
  const course = await callCore(core, 'courses.update', {
    course: name,
    ...(coverageThreshold !== undefined ? { coverageThreshold } : {}),
    ...window,
    // "local" goes back to this machine's time zone.
    ...(zone !== undefined ? { timeZone: zone === 'local' ? null : zone } : {}),
  });
  const shownWindow = `window ${course.windowStart ?? 'open'} to ${course.windowEnd ?? 'open'}`;
  io.stdout.write(
    `Course "${course.name}": coverage threshold ${course.coverageThreshold} %, time zone ${course.timeZone ?? "this machine's"}, ${shownWindow}.\n`,
  );
}
