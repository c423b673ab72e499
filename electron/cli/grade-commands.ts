import type { CourseGrades, GradedTeam } from '../../shared/domain/course-grades';
import type { CourseTotal } from '../../shared/domain/course-total';
import { toPrintableLine } from '../../shared/domain/student-text';
import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { CliError } from './cli-error';
import { formatTable } from './format-table';
import { parseCommandOptions } from './parse-command-line';

function courseRef(course: string | undefined): { course?: string } {
  return course === undefined ? {} : { course };
}

/** The course, and the iteration within it when --iteration names one. */
function scopeRef(values: { course?: string | undefined; iteration?: string | undefined }): { course?: string; iteration?: string } {
  return { ...courseRef(values.course), ...(values.iteration === undefined ? {} : { iteration: values.iteration }) };
}

/** The documented JSON of `gitpulse grade --json` (the grading issue's shape, see the README); keep the names as they are. */
export function toGradeJson(grades: CourseGrades) {
  return {
    course: grades.course,
    iteration: grades.iteration,
    asOf: grades.asOf,
    frozen: grades.frozen,
    rubric: { name: grades.rubric.name, version: grades.rubric.version, maxPoints: grades.rubric.maxPoints },
    teams: grades.teams.map((t) => ({
      project: t.project,
      criteria: t.criteria.map((c) => ({
        name: c.name,
        points: c.points,
        maxPoints: c.maxPoints,
        checks: c.checks.map((k) => ({ name: k.name, points: k.points, maxPoints: k.maxPoints, evidence: k.evidence })),
      })),
      total: t.total,
      maxPoints: t.maxPoints,
      students: t.students.map((s) => ({ username: s.username, name: s.name, email: s.email, adjustment: s.adjustment, total: s.total, percent: s.percent })),
    })),
  };
}

/** ` of iteration "NAME"` for a message about one iteration's grades, else nothing. */
function ofIteration(iteration: string | undefined): string {
  return iteration === undefined ? '' : ` of iteration "${toPrintableLine(iteration, 60)}"`;
}

function readNumber(command: string, flag: string, value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) throw new CliError(`${command}: --${flag} must be a number, not "${toPrintableLine(value, 40)}"`, 2);
  return number;
}

async function findTeam(
  core: Core,
  command: string,
  scope: { course?: string | undefined; iteration?: string | undefined },
  project: string | undefined,
): Promise<GradedTeam> {
  if (!project) throw new CliError(`${command}: --team PROJECT is required (the project path, e.g. cs-2026/team-01)`, 2);
  const grades = await callCore(core, 'grades.course', scopeRef(scope));
  const wanted = project.toLowerCase();
  const team = grades.teams.find((t) => t.project.toLowerCase() === wanted) ?? grades.teams.find((t) => t.name.toLowerCase() === wanted);
  if (!team) throw new CliError(`${command}: "${toPrintableLine(project, 80)}" is not a team of "${grades.course}"`);
  return team;
}

function printGrades(grades: CourseGrades, print: (text: string) => void): void {
  const state = grades.frozen ? `frozen at ${grades.frozenAt ?? '?'} (last sync ${grades.lastSyncAt ?? 'never'})` : 'live';
  const scope = grades.iteration === null ? grades.course : `${grades.course}, ${toPrintableLine(grades.iteration, 60)}`;
  print(`${scope}: grades as of ${grades.asOf}, ${state}; rubric "${toPrintableLine(grades.rubric.name, 80)}" version ${grades.rubric.version}`);
  for (const team of grades.teams) {
    print('');
    print(`${toPrintableLine(team.project, 120)}  ${team.total} of ${team.maxPoints}`);
    print(
      formatTable(team.criteria, [
        { title: 'Criterion', value: (c) => toPrintableLine(c.name, 80) },
        { title: 'Points', value: (c) => String(c.points), alignRight: true },
        { title: 'Max', value: (c) => String(c.maxPoints), alignRight: true },
        { title: 'Note', value: (c) => (c.override ? `override: ${toPrintableLine(c.override.reason, 80)}` : c.comment ? toPrintableLine(c.comment, 80) : '') },
      ]),
    );
    if (team.students.length === 0) continue;
    print(
      formatTable(team.students, [
        { title: 'Student', value: (s) => toPrintableLine(s.username, 60) },
        { title: 'Adjustment', value: (s) => (s.adjustment === 0 ? '' : `${s.adjustment > 0 ? '+' : ''}${s.adjustment}`), alignRight: true },
        { title: 'Total', value: (s) => String(s.total), alignRight: true },
        { title: '%', value: (s) => String(s.percent), alignRight: true },
        { title: 'Suggested factor', value: (s) => (s.suggestedFactor === null ? '' : String(s.suggestedFactor)), alignRight: true },
      ]),
    );
  }
}

function printCourseTotal(total: CourseTotal, print: (text: string) => void): void {
  const weights = total.iterations.map((i) => `${toPrintableLine(i.name, 60)} × ${i.weight}${i.frozen ? ' (frozen)' : ''}`).join(', ');
  print(`${total.course}: course total over ${weights}`);
  if (total.students.length === 0) return print('No students graded yet.');
  print(
    formatTable(total.students, [
      { title: 'Team', value: (s) => toPrintableLine(s.project, 120) },
      { title: 'Student', value: (s) => toPrintableLine(s.username, 60) },
      ...total.iterations.map((iteration, index) => ({
        title: `${toPrintableLine(iteration.name, 60)} %`,
        value: (s: CourseTotal['students'][number]) => String(s.iterations[index]?.percent ?? ''),
        alignRight: true,
      })),
      { title: 'Course %', value: (s) => String(s.percent), alignRight: true },
    ]),
  );
}

const editOptions = {
  course: { type: 'string' },
  iteration: { type: 'string' },
  team: { type: 'string' },
  reason: { type: 'string' },
  clear: { type: 'boolean' },
} as const;

/** `gitpulse grade`, `grade freeze|unfreeze`, the edits `grade set|override|adjust`, `grade audit` and `grade total`; each but the last in the course or one --iteration. */
export async function runGradeCommand(core: Core, command: string, rest: string[], io: Pick<CliIo, 'stdout'>): Promise<void> {
  const print = (text: string): void => {
    io.stdout.write(`${text}\n`);
  };
  switch (command) {
    case 'grade': {
      const { values } = parseCommandOptions(command, rest, {
        course: { type: 'string' },
        iteration: { type: 'string' },
        'as-of': { type: 'string' },
        json: { type: 'boolean' },
      });
      const grades = await callCore(core, 'grades.course', { ...scopeRef(values), ...(values['as-of'] ? { asOf: values['as-of'] } : {}) });
      if (values.json) return print(JSON.stringify(toGradeJson(grades), null, 2));
      return printGrades(grades, print);
    }
    case 'grade freeze': {
      const { values } = parseCommandOptions(command, rest, {
        course: { type: 'string' },
        iteration: { type: 'string' },
        'as-of': { type: 'string' },
        reason: { type: 'string' },
      });
      const state = await callCore(core, 'grades.freeze', {
        ...scopeRef(values),
        ...(values['as-of'] ? { asOf: values['as-of'] } : {}),
        ...(values.reason ? { reason: values.reason } : {}),
      });
      return print(
        `Froze the grades${ofIteration(values.iteration)} as of ${state.asOf ?? '?'} (rubric version ${state.rubricVersion ?? '?'}); they stay as they are until gitpulse grade unfreeze.`,
      );
    }
    case 'grade unfreeze': {
      const { values } = parseCommandOptions(command, rest, { course: { type: 'string' }, iteration: { type: 'string' }, reason: { type: 'string' } });
      await callCore(core, 'grades.unfreeze', { ...scopeRef(values), ...(values.reason ? { reason: values.reason } : {}) });
      return print(`Unfroze the grades${ofIteration(values.iteration)}; they follow the data and the rubric again.`);
    }
    case 'grade set': {
      const { values } = parseCommandOptions(command, rest, {
        ...editOptions,
        criterion: { type: 'string' },
        points: { type: 'string' },
        comment: { type: 'string' },
      });
      if (!values.criterion) throw new CliError(`${command}: --criterion NAME is required`, 2);
      const points = values.clear ? null : readNumber(command, 'points', values.points);
      if (points === undefined) throw new CliError(`${command}: give --points N (or --clear to remove the score)`, 2);
      const team = await findTeam(core, command, values, values.team);
      await callCore(core, 'grades.setManualScore', {
        ...scopeRef(values),
        projectId: team.projectId,
        criterion: values.criterion,
        points,
        comment: values.comment ?? '',
      });
      return print(`${points === null ? 'Cleared' : `Set ${points} points for`} "${toPrintableLine(values.criterion, 80)}" of ${team.project}.`);
    }
    case 'grade override': {
      const { values } = parseCommandOptions(command, rest, { ...editOptions, criterion: { type: 'string' }, points: { type: 'string' } });
      if (!values.criterion) throw new CliError(`${command}: --criterion NAME is required`, 2);
      const team = await findTeam(core, command, values, values.team);
      const base = { ...scopeRef(values), projectId: team.projectId, criterion: values.criterion };
      if (values.clear) {
        const { removed } = await callCore(core, 'grades.clearOverride', { ...base, ...(values.reason ? { reason: values.reason } : {}) });
        return print(removed ? `Removed the override of "${toPrintableLine(values.criterion, 80)}" for ${team.project}.` : 'There was no override to remove.');
      }
      const points = readNumber(command, 'points', values.points);
      if (points === undefined) throw new CliError(`${command}: give --points N (or --clear)`, 2);
      if (!values.reason) throw new CliError(`${command}: --reason TEXT is required`, 2);
      await callCore(core, 'grades.setOverride', { ...base, points, reason: values.reason });
      return print(`"${toPrintableLine(values.criterion, 80)}" of ${team.project} now counts ${points} points.`);
    }
    case 'grade adjust': {
      const { values } = parseCommandOptions(command, rest, {
        ...editOptions,
        student: { type: 'string' },
        points: { type: 'string' },
        factor: { type: 'string' },
      });
      if (!values.student) throw new CliError(`${command}: --student USERNAME is required`, 2);
      const team = await findTeam(core, command, values, values.team);
      const student = team.students.find((s) => s.username.toLowerCase() === values.student?.toLowerCase());
      if (!student) throw new CliError(`${command}: "${toPrintableLine(values.student, 60)}" is not a student of ${team.project}`);
      const base = { ...scopeRef(values), projectId: team.projectId, userId: student.userId };
      if (values.clear) {
        const { removed } = await callCore(core, 'grades.clearAdjustment', { ...base, ...(values.reason ? { reason: values.reason } : {}) });
        return print(removed ? `Removed the adjustment of ${student.username}.` : 'There was no adjustment to remove.');
      }
      const points = readNumber(command, 'points', values.points);
      const factor = readNumber(command, 'factor', values.factor);
      if ((points === undefined) === (factor === undefined)) throw new CliError(`${command}: give either --points N or --factor F (or --clear)`, 2);
      if (!values.reason) throw new CliError(`${command}: --reason TEXT is required`, 2);
      const adjustment = points !== undefined ? { kind: 'points' as const, points } : { kind: 'factor' as const, factor: factor ?? 1 };
      await callCore(core, 'grades.setAdjustment', { ...base, adjustment, reason: values.reason });
      return print(`Adjusted ${student.username}: ${points !== undefined ? `${points} points` : `factor ${factor}`}.`);
    }
    case 'grade audit': {
      const { values } = parseCommandOptions(command, rest, {
        course: { type: 'string' },
        iteration: { type: 'string' },
        team: { type: 'string' },
        json: { type: 'boolean' },
      });
      const projectId = values.team === undefined ? undefined : (await findTeam(core, command, values, values.team)).projectId;
      const entries = await callCore(core, 'grades.audit', { ...scopeRef(values), ...(projectId === undefined ? {} : { projectId }) });
      if (values.json) return print(JSON.stringify(entries, null, 2));
      if (entries.length === 0) return print('No grading changes recorded yet.');
      print(
        formatTable([...entries].reverse(), [
          { title: 'Time', value: (e) => e.at },
          { title: 'What', value: (e) => `${e.kind}: ${toPrintableLine(e.subject, 60)}` },
          { title: 'Old', value: (e) => toPrintableLine(e.oldValue ?? '', 80) },
          { title: 'New', value: (e) => toPrintableLine(e.newValue ?? '', 80) },
          { title: 'Reason', value: (e) => toPrintableLine(e.reason ?? '', 80) },
        ]),
      );
      return;
    }
    case 'grade total': {
      const { values } = parseCommandOptions(command, rest, { course: { type: 'string' }, json: { type: 'boolean' } });
      const total = await callCore(core, 'grades.courseTotal', courseRef(values.course));
      if (values.json) return print(JSON.stringify(total, null, 2));
      return printCourseTotal(total, print);
    }
    default:
      throw new CliError(`unknown command "${command}". Run gitpulse --help`, 2);
  }
}
