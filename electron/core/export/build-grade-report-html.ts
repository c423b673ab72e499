import type { CourseGrades, GradedCriterion, GradedTeam } from '../../../shared/domain/course-grades';
import { escapeHtml } from './escape-html';
import { renderTeamChartsSvg, type TeamChartSeries } from './render-team-charts-svg';
import { reportStyles } from './report-styles';

const pointsFormat = new Intl.NumberFormat('en', { maximumFractionDigits: 2 });
const formatPoints = (points: number): string => pointsFormat.format(points);
const formatSigned = (points: number): string => (points > 0 ? `+${formatPoints(points)}` : formatPoints(points));
const formatInstant = (iso: string): string => `${iso.slice(0, 10)} ${iso.slice(11, 16)} UTC`;

/** Free text longer than this is cut in the report, so one huge comment cannot push the grades pages away. */
const maxReportText = 2_000;

/** Escaped student or instructor text, cut at `maxReportText` with a note saying how long it was. */
function showText(text: string): string {
  if (text.length <= maxReportText) return escapeHtml(text);
  return `${escapeHtml(text.slice(0, maxReportText))}… <span class="cut">(cut; ${pointsFormat.format(text.length)} characters in all, see the grade sheet)</span>`;
}

/** Only web links become links; anything else (javascript:, file:) is shown as text. */
function linkTo(url: string, text: string): string {
  return /^https?:\/\//i.test(url) ? `<a href="${escapeHtml(url)}">${escapeHtml(text)}</a>` : escapeHtml(text);
}

function describeCriterion(criterion: GradedCriterion): string {
  const rows = [
    `<tr class="criterion"><td>${escapeHtml(criterion.name)} <span class="level">${criterion.level} · ${criterion.kind}</span></td><td></td>` +
      `<td class="num">${formatPoints(criterion.points)}</td><td class="num">${formatPoints(criterion.maxPoints)}</td></tr>`,
  ];
  for (const check of criterion.checks) {
    rows.push(
      `<tr class="check"><td>${escapeHtml(check.name)}</td><td>${showText(check.evidence)}</td>` +
        `<td class="num">${formatPoints(check.points)}</td><td class="num">${formatPoints(check.maxPoints)}</td></tr>`,
    );
  }
  if (criterion.override) {
    rows.push(
      `<tr class="note"><td colspan="4">Set by the instructor to ${formatPoints(criterion.override.points)}: ${showText(criterion.override.reason)}</td></tr>`,
    );
  }
  if (criterion.comment) rows.push(`<tr class="note"><td colspan="4">${showText(criterion.comment)}</td></tr>`);
  return rows.join('\n');
}

function describeStudents(team: GradedTeam): string {
  const rows = team.students.map(
    (s) =>
      `<tr><td>${escapeHtml(s.name)}</td><td>${escapeHtml(s.username)}</td>` +
      `<td class="num">${s.adjustment === 0 ? '' : formatSigned(s.adjustment)}</td><td>${showText(s.adjustmentReason ?? '')}</td>` +
      `<td class="num">${formatPoints(s.total)}</td><td class="num">${formatPoints(s.percent)} %</td></tr>`,
  );
  return (
    '<table><thead><tr><th>Student</th><th>Username</th><th class="num">Adjustment</th><th>Reason</th><th class="num">Total</th><th class="num">Percent</th></tr></thead>' +
    `<tbody>${rows.join('\n')}</tbody></table>`
  );
}

function describeTeam(grades: CourseGrades, team: GradedTeam, charts: TeamChartSeries | undefined, notice: string | undefined): string {
  const percent = team.maxPoints > 0 ? ` (${formatPoints((team.total / team.maxPoints) * 100)} %)` : '';
  const frozen = grades.frozen && grades.frozenAt ? ` · <span class="frozen">frozen ${formatInstant(grades.frozenAt)}</span>` : '';
  const svgs = charts ? renderTeamChartsSvg(charts) : [];
  return `<section class="team">
<header>
<div class="course">${escapeHtml(grades.iteration === null ? grades.course : `${grades.course} · ${grades.iteration}`)} · feedback report</div>
<h1>${escapeHtml(team.name)}</h1>
<div class="meta">${linkTo(team.webUrl, team.project)} · rubric ${escapeHtml(grades.rubric.name)} v${grades.rubric.version} · activity before ${formatInstant(grades.asOf)}${frozen}</div>
${notice === undefined ? '' : `<p class="incomplete" role="note">${escapeHtml(notice)}</p>`}
</header>
<div class="total">Team total ${formatPoints(team.total)} <span class="of">of ${formatPoints(team.maxPoints)}${percent}</span></div>
<h2>Rubric</h2>
<table><colgroup><col class="name"><col class="evidence"><col><col></colgroup><thead><tr><th>Criterion and checks</th><th>Evidence</th><th class="num">Points</th><th class="num">Max</th></tr></thead>
<tbody>
${team.criteria.map(describeCriterion).join('\n')}
</tbody></table>
<h2>Students</h2>
${describeStudents(team)}
${svgs.length > 0 ? `<h2>Activity</h2>\n<div class="charts">${svgs.join('\n')}</div>` : ''}
</section>`;
}

/**
 * The feedback report as one self-contained HTML page, one section (and printed page) per team: the
 * rubric breakdown with each check's evidence, overrides and comments, the students' totals, and the
 * team's charts when `charts` has its series; `notice` (incomplete figures) at the top of every team's
 * page, since teams are often handed their page alone. All student text is escaped; the page's CSP forbids
 * scripts and every fetch, so nothing in it can run or call out while Chromium prints it.
 */
export function buildGradeReportHtml(grades: CourseGrades, charts: ReadonlyMap<number, TeamChartSeries> = new Map(), notice?: string): string {
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">
<title>${escapeHtml(grades.course)} feedback</title>
<style>${reportStyles}</style>
</head><body>
${grades.teams.map((team) => describeTeam(grades, team, charts.get(team.projectId), notice)).join('\n')}
</body></html>`;
}
