import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { MethodInput } from '../../shared/api/contract';
import { ExportFormatSchema, type GradeSheetFile } from '../../shared/api/export-api';
import { exportAnywayHint } from '../../shared/domain/incomplete-figures';
import { toPrintableLine } from '../../shared/domain/student-text';
import type { Core } from '../core/core';
import { writeFileAtomically } from '../core/export/write-file-atomically';
import { callCore, type CliIo } from './call-core';
import { checkExportFolder } from './check-export-folder';
import { CliError } from './cli-error';
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
    iteration: { type: 'string' },
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
  const file = await callExport(core, {
    format: format.data,
    ...(values.course ? { course: values.course } : {}),
    ...(values.iteration ? { iteration: values.iteration } : {}),
    ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
    ...(values.delimiter ? { delimiter: values.delimiter } : {}),
    ...(values['no-bom'] ? { bom: false } : {}),
    ...(values['lms-file'] ? { lmsFile: readLmsFile(values['lms-file']) } : {}),
    ...(values['lms-column'] ? { lmsColumn: values['lms-column'] } : {}),
    ...(values['allow-incomplete'] ? { allowIncomplete: true } : {}),
  });
  const content = file.encoding === 'base64' ? Buffer.from(file.content, 'base64') : file.content;
  try {
    writeFileAtomically(target, content);
  } catch (error) {
    throw new CliError(`export: cannot write ${target}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`);
  }
  for (const line of describeRoundTrip(file)) io.stdout.write(`${line}\n`);
  // The core marked the sheet's header where the format has one; an LMS import file keeps its layout, so the warning goes here.
  const isMarked = format.data !== 'moodle' && format.data !== 'canvas';
  if (file.notice !== undefined && !isMarked) io.stderr.write(`Warning: ${file.notice}\n`);
  io.stdout.write(file.notice !== undefined && isMarked ? `Wrote ${target}, marked as incomplete.\n` : `Wrote ${target}\n`);
}

/** The core's refusal of incomplete figures ends with what to do in the app; here that is a flag. */
async function callExport(core: Core, input: MethodInput<'export.gradeSheet'>): Promise<GradeSheetFile> {
  try {
    return await callCore(core, 'export.gradeSheet', input);
  } catch (error) {
    if (error instanceof CliError && error.message.endsWith(exportAnywayHint))
      throw new CliError(
        `export: ${error.message.slice(0, -exportAnywayHint.length)}Or give --allow-incomplete to write the sheet anyway, marked as incomplete.`,
        error.exitCode,
        error.code,
      );
    throw error;
  }
}
