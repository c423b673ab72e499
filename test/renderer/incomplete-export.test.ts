import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { describeExportNotice, exportGradeSheet } from '../../renderer/features/courses/export-grade-sheet';
import { openTestCore } from './open-test-core';

let test: Awaited<ReturnType<typeof openTestCore>>;

beforeEach(async () => {
  test = await openTestCore();
});
afterEach(() => test.close());

describe('exporting from the app a course that was never synced', () => {
  it('is refused with the sentence to ask about, then exported marked as incomplete when the instructor says so', async () => {
    const created = await test.api.call('courses.add', { name: 'se-2026', gitlabUrl: 'https://gitlab.example.edu', groupPath: 'teaching/se-2026' });
    if (!created.ok) throw new Error(created.error.message);
    const courseId = created.value.id;

    const refused = await exportGradeSheet(test.api, courseId, 'metrics-csv', false);
    expect(refused).toEqual({
      kind: 'incomplete',
      notice: expect.stringMatching(
        /^Figures are incomplete since \d{4}-\d\d-\d\d \d\d:\d\d: the course has not been synced yet\. Sync the course to complete them\.$/,
      ),
    });
    if (refused.kind !== 'incomplete') throw new Error('refused');

    const allowed = await exportGradeSheet(test.api, courseId, 'metrics-csv', true);
    if (allowed.kind !== 'file') throw new Error(`not exported: ${JSON.stringify(allowed)}`);
    expect(allowed.file.notice).toBe(refused.notice);
    expect(allowed.file.content.split('\r\n')[0]).toBe(`\uFEFF"${refused.notice}"`);
    expect(describeExportNotice('metrics-csv', refused.notice)).toBe(`Exported, marked as incomplete in the file: ${refused.notice}`);
    expect(describeExportNotice('moodle', refused.notice)).toMatch(/^Exported without a mark: a Moodle import file/);
  });

  it('passes other failures through as they are', async () => {
    const outcome = await exportGradeSheet(test.api, 999, 'csv', false);
    expect(outcome).toMatchObject({ kind: 'failed', error: { code: 'not_found' } });
  });
});
