import { describeIncompleteFigures, findIncompleteFigures } from '../../shared/domain/incomplete-figures';
import type { Core } from '../core/core';
import { callCore } from './call-core';
import { CliError } from './cli-error';
import { formatLocalTime } from './format-local-time';

/**
 * A grade sheet of a course whose first sync never finished would pass zeros off as grades: refused,
 * unless `--allow-incomplete`, when the returned notice goes into the sheet's header. Null: complete.
 */
export async function checkIncompleteExport(core: Core, course: string | undefined, isAllowed: boolean): Promise<string | null> {
  const incomplete = findIncompleteFigures(await callCore(core, 'courses.get', course === undefined ? {} : { course }));
  if (!incomplete) return null;
  const notice = describeIncompleteFigures(incomplete, formatLocalTime);
  if (!isAllowed) throw new CliError(`export: ${notice} Or give --allow-incomplete to write the sheet anyway, marked as incomplete.`);
  return notice;
}

/** Puts the notice in a row of its own above the CSV's column titles (after the BOM, which must stay first). */
export function addNoticeToCsv(content: string, notice: string): string {
  const bom = content.startsWith('\uFEFF') ? '\uFEFF' : '';
  return `${bom}"${notice.replace(/"/g, '""')}"\r\n${content.slice(bom.length)}`;
}
