import { renderToStaticMarkup } from 'react-dom/server';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { maxLmsFileLength } from '../../../shared/api/export-api';
import { createCoursesStore } from '../../../renderer/features/courses/courses-store';
import { exportGradeSheet } from '../../../renderer/features/courses/export-grade-sheet';
import { LmsRoundTripReport } from '../../../renderer/features/courses/LmsRoundTripReport';
import { readCsvHeader } from '../../../renderer/features/courses/read-csv-header';
import { readLmsFile } from '../../../renderer/features/courses/read-lms-file';
import { openTestCore } from '../open-test-core';

describe('reading the gradebook the instructor picked', () => {
  it('refuses a file over the limit before reading it, an empty one, and one that is not UTF-8', async () => {
    expect(await readLmsFile(new Blob([new Uint8Array(maxLmsFileLength + 1)]))).toEqual({
      ok: false,
      message: 'The file is 8.0 MB; the largest gradebook GitPulse fills is 8 MB. Export only the grade columns you need.',
    });
    expect(await readLmsFile(new Blob([]))).toEqual({ ok: false, message: 'The file is empty. Export the gradebook from the LMS again.' });
    // "Jos\xe9" as Latin-1: what an LMS writes when asked for the wrong encoding.
    expect(await readLmsFile(new Blob([new Uint8Array([0x4a, 0x6f, 0x73, 0xe9])]))).toEqual({
      ok: false,
      message: 'The file is not UTF-8 text. Export it from the LMS again as UTF-8 CSV.',
    });
    expect(await readLmsFile(new Blob(['\uFEFF"Email address"\n"José"\n']))).toEqual({ ok: true, text: '\uFEFF"Email address"\n"José"\n' });
  });

  it('offers the header’s columns as the LMS wrote them: quoted, with its delimiter, a BOM and quotes inside', () => {
    expect(readCsvHeader('\uFEFF"First name","Email address","Manual item: GitPulse (Real)"\r\n"Ada","a@x","-"\r\n')).toEqual([
      'First name',
      'Email address',
      'Manual item: GitPulse (Real)',
    ]);
    expect(readCsvHeader('Student;ID;"Say ""hi"" (12)";"Two\nlines"\nAda;1;2;3')).toEqual(['Student', 'ID', 'Say "hi" (12)', 'Two\nlines']);
    expect(readCsvHeader('Student\tID\n')).toEqual(['Student', 'ID']);
    expect(readCsvHeader('  \n')).toEqual([]);
  });
});

describe('the round trip report', () => {
  it('lists the rows left alone and the students missing, with their text isolated and escaped', () => {
    const html = renderToStaticMarkup(
      <LmsRoundTripReport
        filename="grades-filled.csv"
        lmsLabel="Moodle"
        trip={{
          gradeColumn: 'GitPulse <b>project</b> (Real)',
          matched: 7,
          unmatched: [{ line: 4, who: 'Zed\u202Eevil <script>', reason: 'no GitPulse student has this email or username' }],
          notInFile: ['ada (teaching/team-01)'],
        }}
      />,
    );
    expect(html).toContain('filled “<bdi>GitPulse &lt;b&gt;project&lt;/b&gt; (Real)</bdi>” for <strong class="numeric">7</strong> students.');
    expect(html).toContain('1 row left as it was');
    expect(html).toContain('<td class="numeric">4</td><td><bdi>Zed\u202Eevil &lt;script&gt;</bdi></td><td>no GitPulse student has this email or username</td>');
    expect(html).toContain('1 student not in the file, so not written');
    expect(html).toContain('<li><bdi>ada (teaching/team-01)</bdi></li>');
    expect(html).not.toContain('<script>');
  });

  it('says so when everyone matched', () => {
    const html = renderToStaticMarkup(
      <LmsRoundTripReport filename="f.csv" lmsLabel="Canvas" trip={{ gradeColumn: 'GitPulse (12)', matched: 1, unmatched: [], notInFile: [] }} />,
    );
    expect(html).toContain(
      'for <strong class="numeric">1</strong> student. Every row of the Canvas file matched a student, and every student was in the file.',
    );
    expect(html).not.toContain('<table');
  });
});

describe('filling in a Moodle gradebook from the app', () => {
  let test: Awaited<ReturnType<typeof openTestCore>>;
  beforeEach(async () => {
    test = await openTestCore();
  });
  afterEach(() => test.close());

  it('sends the file and the chosen column, and gets the filled file with the core’s report', async () => {
    const courseId = await createCoursesStore(test.api).getState().createDemoCourse();
    if (courseId === undefined) throw new Error('no demo course');
    const grades = await test.api.call('grades.course', { courseId });
    if (!grades.ok) throw new Error(grades.error.message);
    const [first, second] = grades.value.teams[0]?.students ?? [];
    if (!first?.email || !second) throw new Error('the demo’s first team has fewer than two students with emails');
    const lmsFile = [
      '"First name","Last name","Email address","Project (Real)","Manual item: GitPulse project (Real)","Course total (Real)"',
      `"${first.name}","","${first.email.toUpperCase()}","1.00","-","1.00"`,
      `"Nobody","Here","nobody@uni.example.edu","2.00","-","2.00"`,
      '',
    ].join('\n');

    const outcome = await exportGradeSheet(test.api, courseId, 'moodle', false, { lmsFile, lmsColumn: 'Project (Real)' });
    if (outcome.kind !== 'file') throw new Error(`not filled: ${JSON.stringify(outcome)}`);
    expect(outcome.file.roundTrip).toMatchObject({
      gradeColumn: 'Project (Real)',
      matched: 1,
      unmatched: [{ line: 3, reason: 'no GitPulse student has this email or username' }],
    });
    expect(outcome.file.roundTrip?.notInFile).toContain(`${second.username} (${grades.value.teams[0]?.project ?? ''})`);
    const filledRow = outcome.file.content.split('\n')[1];
    expect(filledRow).toContain(`"${first.total}","-"`);

    const unknownColumn = await exportGradeSheet(test.api, courseId, 'moodle', false, { lmsFile, lmsColumn: 'Quiz (Real)' });
    expect(unknownColumn).toMatchObject({ kind: 'failed', error: { code: 'invalid_input', message: expect.stringContaining('has no column "Quiz (Real)"') } });
  });
});
