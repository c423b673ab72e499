import { maxLmsFileLength } from '../../../shared/api/export-api';

export type LmsFileReading = { ok: true; text: string } | { ok: false; message: string };

/**
 * Reads the gradebook the instructor picked as text, refusing before the core sees it what the core
 * would refuse anyway: a file over the round trip's limit (checked on the bytes, before reading, which
 * bound the characters from above) or one that is not UTF-8, which a lenient decoder would turn into
 * replacement characters in the students' names.
 */
export async function readLmsFile(file: Blob): Promise<LmsFileReading> {
  if (file.size > maxLmsFileLength) {
    return {
      ok: false,
      message: `The file is ${(file.size / 1_000_000).toFixed(1)} MB; the largest gradebook GitPulse fills is 8 MB. Export only the grade columns you need.`,
    };
  }
  if (file.size === 0) return { ok: false, message: 'The file is empty. Export the gradebook from the LMS again.' };
  try {
    // ignoreBOM keeps a byte-order mark in the text: the core writes the filled file back with it, as the LMS wrote it.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(await file.arrayBuffer()) };
  } catch {
    return { ok: false, message: 'The file is not UTF-8 text. Export it from the LMS again as UTF-8 CSV.' };
  }
}
