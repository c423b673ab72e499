import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { ExportFormatSchema, type GradeSheetFile } from '../../shared/api/export-api';
import { toPrintableLine } from '../../shared/domain/student-text';
import type { Core } from '../core/core';
import { writeFileAtomically } from '../core/export/write-file-atomically';
import { callCore, type CliIo } from './call-core';
import { checkExportFolder } from './check-export-folder';
import { CliError } from './cli-error';
import { addNoticeToCsv, checkIncompleteExport } from './incomplete-export';
import { parseCommandOptions } from './parse-command-line';

const formats = ExportFormatSchema.options.join('|');

function readLmsFile(path: string): string {
  let bytes: Buffer;
  try {
    bytes = readFileSync(resolve(path));
  } catch (error) {
    throw new CliError(`export: cannot read ${resolve(path)}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new CliError(`export: ${resolve(path)} is not UTF-8 text; export it from the LMS again as UTF-8 CSV.`);
  }
}

/** What a round trip could not place, one printable line each: the instructor settles these by hand. */
function describeRoundTrip(file: GradeSheetFile): string[] {
  const trip = file.roundTrip;
  if (!trip) return [];
  const lines = [`Filled "${toPrintableLine(trip.gradeColumn, 80)}" for ${trip.matched} students.`];
  for (const row of trip.unmatched) lines.push(`Line ${row.line} left as it was (${toPrintableLine(row.who, 80)}): ${row.reason}.`);
  if (trip.notInFile.length > 0) lines.push(`Not in the LMS file, so not written: ${trip.notInFile.map((s) => toPrintableLine(s, 120)).join(', ')}.`);
  return lines;
}

/** `gitpulse export`: asks the core for one format and writes it atomically, text or bytes. */
export async function runExportCommand(core: Core, rest: string[], io: CliIo): Promise<void> {
  const { values } = parseCommandOptions('export', rest, {
    course: { type: 'string' },
    format: { type: 'string' },
    out: { type: 'string' },
    'as-of': { type: 'string' },
    delimiter: { type: 'string' },
    'no-bom': { type: 'boolean' },
    'lms-file': { type: 'string' },
    'lms-column': { type: 'string' },
    'allow-incomplete': { type: 'boolean' },
  });
  const format = ExportFormatSchema.safeParse(values.format);
  if (!format.success)
    throw new CliError(
      values.format ? `export: unsupported format "${toPrintableLine(values.format, 40)}" (supported: ${formats})` : `export: --format ${formats} is required`,
      2,
    );
  if (!values.out) throw new CliError('export: --out FILE is required', 2);
  if (values.delimiter !== undefined && values.delimiter !== ',' && values.delimiter !== ';') throw new CliError('export: --delimiter must be "," or ";"', 2);
  if (values['lms-file'] !== undefined && format.data !== 'moodle' && format.data !== 'canvas')
    throw new CliError('export: --lms-file goes with --format moodle or canvas', 2);
  const target = resolve(values.out);
  checkExportFolder(target);
  const notice = await checkIncompleteExport(core, values.course, values['allow-incomplete'] === true);
  const file = await callCore(core, 'export.gradeSheet', {
    format: format.data,
    ...(values.course ? { course: values.course } : {}),
    ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
    ...(values.delimiter ? { delimiter: values.delimiter } : {}),
    ...(values['no-bom'] ? { bom: false } : {}),
    ...(values['lms-file'] ? { lmsFile: readLmsFile(values['lms-file']) } : {}),
    ...(values['lms-column'] ? { lmsColumn: values['lms-column'] } : {}),
  });
  // Only the plain sheets get the notice as a row of their own: an LMS import file must keep its layout.
  const isPlainCsv = format.data === 'csv' || format.data === 'metrics-csv';
  const content =
    file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : notice !== null && isPlainCsv ? addNoticeToCsv(file.content, notice) : file.content;
  try {
    writeFileAtomically(target, content);
  } catch (error) {
    throw new CliError(`export: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  for (const line of describeRoundTrip(file)) io.stdout.write(`${line}\n`);
  if (notice !== null && !isPlainCsv) io.stderr.write(`Warning: ${notice}\n`);
  io.stdout.write(notice === null ? `Wrote ${target}\n` : `Wrote ${target}, marked as incomplete.\n`);
}
