import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildGradeReportHtml } from '../../../../electron/core/export/build-grade-report-html';
import { createChromiumPdfRenderer, findChromium } from '../../../../electron/core/export/render-pdf-with-chromium';
import type { TeamChartSeries } from '../../../../electron/core/export/render-team-charts-svg';
import { writeFileAtomically } from '../../../../electron/core/export/write-file-atomically';
import { hostile, makeCourseGrades } from './course-grades-fixtures';

const outDir = join(import.meta.dirname, '../../../../test-results/grade-report');

function makeSeries(): TeamChartSeries {
  const days = Array.from({ length: 14 }, (_, i) => `2026-05-${String(i + 10).padStart(2, '0')}`);
  return {
    daily: days.map((day, i) => ({
      day,
      pipelines: 3 + (i % 4),
      success: 2 + (i % 3),
      failed: 1 + (i % 4) - (i % 3) > 0 ? 1 : 0,
      medianDurationS: 120,
      p95DurationS: 300,
    })),
    coverage: days.map((day, i) => ({ day, coverage: 40 + i * 2.5 })),
  };
}

describe('buildGradeReportHtml', () => {
  it('escapes student text and allows no script or fetch', () => {
    const grades = makeCourseGrades();
    const beta = grades.teams[1];
    if (!beta) throw new Error('fixture has two teams');
    beta.name = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    beta.webUrl = 'javascript:alert(3)';
    const html = buildGradeReportHtml(grades);
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('<img');
    expect(html).not.toContain('href="javascript:');
    expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(html).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(html).not.toMatch(/[\u202A-\u202E\u2066-\u2069]/);
    expect(html).not.toContain(String.fromCharCode(0x1b));
    expect(html).toContain('teamgnp.exe');
  });

  it('names the iteration a report is of, escaped like any text', () => {
    expect(buildGradeReportHtml(makeCourseGrades())).toContain('<div class="course">se-2026 · feedback report</div>');
    const html = buildGradeReportHtml({ ...makeCourseGrades(), iteration: 'Sprint <1>' });
    expect(html).toContain('<div class="course">se-2026 · Sprint &lt;1&gt; · feedback report</div>');
  });

  it('draws the team’s charts as inline SVG only when it has their series', () => {
    const grades = makeCourseGrades();
    expect(buildGradeReportHtml(grades)).not.toContain('<svg');
    const html = buildGradeReportHtml(grades, new Map([[101, makeSeries()]]));
    expect(html.match(/<svg/g)).toHaveLength(2);
    expect(html).toContain('Pipelines per day');
  });
});

describe('the feedback report as PDF through headless Chromium', () => {
  it('prints one page per team with the totals, and renders to PNG', async () => {
    findChromium(process.env);
    const grades = makeCourseGrades();
    const html = buildGradeReportHtml(grades, new Map([[101, makeSeries()]]));
    const pdf = await createChromiumPdfRenderer(process.env)(html);
    mkdirSync(outDir, { recursive: true });
    const pdfPath = join(outDir, 'feedback.pdf');
    writeFileAtomically(pdfPath, pdf);
    expect(Buffer.from(pdf.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = execFileSync('pdftotext', ['-layout', pdfPath, '-'], { encoding: 'utf8' });
    expect(text).toMatch(/Team total 22\.5\s+of 30 \(75 %\)/);
    expect(text).toMatch(/Team total 11\s+of 30 \(36\.67 %\)/);
    expect(text).toContain('24.5');
    expect(text).toContain(hostile.formulaName);
    expect(text).toContain('Pipelines per day');
    execFileSync('pdftoppm', ['-png', '-r', '60', pdfPath, join(outDir, 'page')]);
    expect(readFileSync(join(outDir, 'page-1.png')).subarray(1, 4).toString()).toBe('PNG');
  });
});
