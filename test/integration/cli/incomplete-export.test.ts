import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../../support/run-cli';
import { makeTempDir } from '../../support/temp-dir';

/*
 * Every export format of a course whose first sync never finished, through the built CLI: refused
 * without --allow-incomplete, then marked in the header where the format has one, and told on stderr
 * where the format (an LMS import file) must keep its exact layout.
 */
describe('exporting a course whose first sync never finished', () => {
  const temp = makeTempDir();
  const utc = { TZ: 'UTC' };
  const cli = (...args: string[]) => runCli(['--data-dir', temp.path, ...args], utc);
  const notice = 'Figures are incomplete since 2026-03-02 13:05: its first sync was stopped before it finished. Sync the course to complete them.';
  const out = (name: string) => join(temp.path, name);

  beforeAll(async () => {
    expect((await cli('demo')).code).toBe(0);
    // Complete sheets first, to compare the numbers with; then the demo made into a real course no sync finished for.
    expect((await cli('export', '--format', 'xlsx', '--out', out('complete.xlsx'))).code).toBe(0);
    expect((await cli('export', '--format', 'moodle', '--out', out('complete-moodle.csv'))).code).toBe(0);
    const db = new Database(join(temp.path, 'gitpulse.sqlite'));
    db.prepare("UPDATE courses SET is_demo = 0, last_synced_at = NULL, created_at = '2026-03-02T13:05:00.000Z'").run();
    db.close();
  });
  afterAll(() => temp.cleanup());

  it.each(['csv', 'metrics-csv', 'xlsx', 'pdf', 'moodle', 'canvas'])('refuses %s without --allow-incomplete and writes nothing', async (format) => {
    const refused = await cli('export', '--format', format, '--out', out(`refused-${format}`));
    expect(refused.code).toBe(1);
    expect(refused.stderr).toBe(`gitpulse: export: ${notice} Or give --allow-incomplete to write the sheet anyway, marked as incomplete.\n`);
    expect(() => readFileSync(out(`refused-${format}`))).toThrow();
  });

  it('puts the notice in a first row of its own of the metrics CSV, after the BOM', async () => {
    const allowed = await cli('export', '--format', 'metrics-csv', '--out', out('metrics.csv'), '--allow-incomplete');
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stdout).toBe(`Wrote ${out('metrics.csv')}, marked as incomplete.\n`);
    const lines = readFileSync(out('metrics.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe(`\uFEFF"${notice}"`);
    expect(lines[1]).toMatch(/^Team,Project,GitLab URL,/);
  });

  it('keeps the notice one quoted cell with the semicolon delimiter', async () => {
    expect((await cli('export', '--format', 'csv', '--delimiter', ';', '--out', out('grades.csv'), '--allow-incomplete')).code).toBe(0);
    const lines = readFileSync(out('grades.csv'), 'utf8').split('\r\n');
    expect(lines[0]).toBe(`\uFEFF"${notice}"`);
    expect(lines[1]).toMatch(/^Course;Team;Student;/);
  });

  it('puts the notice above the header of every XLSX sheet, keeps the header frozen and the numbers unchanged', async () => {
    const allowed = await cli('export', '--format', 'xlsx', '--out', out('grades.xlsx'), '--allow-incomplete');
    expect(allowed.code, allowed.stderr).toBe(0);
    const [marked, complete] = await Promise.all(
      ['grades.xlsx', 'complete.xlsx'].map(async (name) => {
        const workbook = new ExcelJS.Workbook();
        await workbook.xlsx.readFile(out(name));
        return workbook;
      }),
    );
    if (!marked || !complete) throw new Error('both workbooks load');
    expect(marked.worksheets.map((s) => s.name)).toEqual(complete.worksheets.map((s) => s.name));
    expect(marked.worksheets.length).toBeGreaterThan(1);
    for (const sheet of marked.worksheets) {
      const before = complete.getWorksheet(sheet.name);
      if (!before) throw new Error(`sheet ${sheet.name}`);
      expect(sheet.getCell('A1').value).toBe(notice);
      expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 2 });
      expect(sheet.getRow(2).font?.bold).toBe(true);
      const rows = (s: ExcelJS.Worksheet, from: number) => s.getSheetValues().slice(from);
      expect(rows(sheet, 2)).toEqual(rows(before, 1));
    }
  });

  it('puts the notice at the top of every team page of the PDF', async () => {
    const allowed = await cli('export', '--format', 'pdf', '--out', out('feedback.pdf'), '--allow-incomplete');
    expect(allowed.code, allowed.stderr).toBe(0);
    const pages = execFileSync('pdftotext', ['-layout', out('feedback.pdf'), '-'], { encoding: 'utf8' })
      .split('\f')
      .filter((p) => p.trim() !== '');
    const teamPages = pages.filter((p) => p.includes('feedback report'));
    expect(teamPages.length).toBeGreaterThan(1);
    const flat = (text: string) => text.replace(/\s+/g, ' ');
    for (const page of teamPages) expect(flat(page.split('Rubric')[0] ?? '')).toContain(notice);
  });

  it.each(['moodle', 'canvas'])('keeps the %s import file exactly as the LMS reads it and says it on stderr', async (format) => {
    const allowed = await cli('export', '--format', format, '--out', out(`${format}.csv`), '--allow-incomplete');
    expect(allowed.code, allowed.stderr).toBe(0);
    expect(allowed.stderr).toBe(`Warning: ${notice}\n`);
    expect(allowed.stdout).toBe(`Wrote ${out(`${format}.csv`)}\n`);
    const written = readFileSync(out(`${format}.csv`), 'utf8');
    expect(written).not.toContain('incomplete');
    if (format === 'moodle') expect(written).toBe(readFileSync(out('complete-moodle.csv'), 'utf8'));
  });
});
