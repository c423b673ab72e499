import { toPrintableLine } from '../../shared/domain/student-text';
import type { Core } from '../core/core';
import { callCore, type CliIo } from './call-core';
import { CliError } from './cli-error';
import { runConnectionCommand } from './connection-commands';
import { runExportCommand } from './export-command';
import { formatLocalTime } from '../../shared/domain/format-local-time';
import { formatWindow } from './format-window';
import { formatTable } from './format-table';
import { runGradeCommand } from './grade-commands';
import { runIdentityCommand } from './identity-commands';
import { runIterationCommand } from './iteration-commands';
import { runMetricsCommand } from './metrics-command';
import { parseCommandOptions } from './parse-command-line';
import { runCoursePracticesCommand } from './course-practices-command';
import { runCourseSetCommand } from './course-set-command';
import { runPracticesCommand } from './practices-command';
import { readWindowFlags } from './read-window-flags';
import { runRelayCommand } from './relay-commands';
import { runRubricCommand } from './rubric-commands';
import { serveCommand } from './serve-command';
import { runSyncCommand } from './sync-command';
import { warnAboutUnscopedToken } from './warn-unscoped-token';

/** What a command needs besides the core: where to print, and where the built renderer is (serve). */
export interface CommandContext extends CliIo {
  rendererDir: string;
}

/** Runs one command and resolves to its exit status. */
export async function runCommand(core: Core, words: string[], rest: string[], io: CommandContext): Promise<number> {
  if (words.join(' ') === 'sync') return runSyncCommand(core, rest, io);
  await dispatchCommand(core, words, rest, io);
  return 0;
}

async function dispatchCommand(core: Core, words: string[], rest: string[], io: CommandContext): Promise<void> {
  const print = (text: string): void => {
    io.stdout.write(`${text}\n`);
  };
  const command = words.join(' ');
  switch (command) {
    case 'demo': {
      parseCommandOptions('demo', rest, {});
      const course = await callCore(core, 'courses.createDemo', {});
      print(`Demo course "${course.name}" ready with ${course.teamCount} teams.`);
      return;
    }
    case 'course add': {
      const { values, positionals } = parseCommandOptions(
        'course add',
        rest,
        {
          'gitlab-url': { type: 'string' },
          group: { type: 'string' },
          project: { type: 'string', multiple: true },
          'window-start': { type: 'string' },
          'window-end': { type: 'string' },
        },
        1,
      );
      const name = positionals[0];
      if (!name) throw new CliError('course add: give the course a name, e.g. gitpulse course add se-2026 --gitlab-url URL --group PATH', 2);
      if (!values['gitlab-url']) throw new CliError('course add: --gitlab-url URL is required', 2);
      if (Boolean(values.group) === Boolean(values.project?.length))
        throw new CliError('course add: give either --group PATH or one or more --project PATH', 2);
      const window = readWindowFlags('course add', values);
      const course = await callCore(core, 'courses.add', {
        name,
        gitlabUrl: values['gitlab-url'],
        ...(values.group ? { groupPath: values.group } : { projectPaths: values.project ?? [] }),
        ...window,
      });
      print(`Added course "${course.name}" (${course.gitlabUrl}). Run: gitpulse sync --course ${JSON.stringify(course.name)}`);
      return;
    }
    case 'course list': {
      const { values } = parseCommandOptions('course list', rest, { json: { type: 'boolean' } });
      const courses = await callCore(core, 'courses.list', {});
      if (values.json) return print(JSON.stringify(courses, null, 2));
      if (courses.length === 0) return print('No courses yet. Try: gitpulse demo');
      print(
        formatTable(courses, [
          { title: 'Course', value: (c) => c.name },
          { title: 'GitLab', value: (c) => (c.isDemo ? 'generated demo data' : c.gitlabUrl) },
          { title: 'Teams', value: (c) => String(c.teamCount), alignRight: true },
          { title: 'Window', value: (c) => formatWindow(c.windowStart, c.windowEnd) },
          { title: 'Last synced', value: (c) => (c.lastSyncedAt ? formatLocalTime(c.lastSyncedAt) : 'never') },
          { title: 'Last error', value: (c) => (c.lastSyncError ? toPrintableLine(c.lastSyncError, 100) : '') },
        ]),
      );
      return;
    }
    case 'course remove': {
      const { positionals } = parseCommandOptions('course remove', rest, {}, 1);
      if (!positionals[0]) throw new CliError('course remove: name the course to remove', 2);
      const result = await callCore(core, 'courses.remove', { course: positionals[0] });
      print(`Removed course "${result.removed}".`);
      return;
    }
    case 'forget': {
      const { values } = parseCommandOptions('forget', rest, { all: { type: 'boolean' }, connections: { type: 'boolean' } });
      if (!values.all)
        throw new CliError("forget: give --all to delete every course with its students' data (add --connections to delete the GitLab connections too)", 2);
      const result = await callCore(core, 'courses.forgetAll', { includeConnections: values.connections === true });
      const courses = result.removedCourses.length ? `${result.removedCourses.length} course(s): ${result.removedCourses.join(', ')}` : 'no courses';
      print(`Deleted all course data (${courses}).`);
      print(
        values.connections
          ? `Deleted ${result.removedConnections.length} GitLab connection(s) and their tokens.`
          : 'GitLab connections kept; add --connections to delete them and their tokens too.',
      );
      return;
    }
    case 'metrics':
      return runMetricsCommand(core, rest, io);
    case 'export':
      return runExportCommand(core, rest, io);
    case 'audit': {
      const { values } = parseCommandOptions('audit', rest, { json: { type: 'boolean' }, limit: { type: 'string' } });
      const limit = values.limit === undefined ? 50 : Number(values.limit);
      if (!Number.isInteger(limit) || limit < 1 || limit > 1000)
        throw new CliError(`audit: --limit must be a whole number from 1 to 1000, not "${values.limit}"`, 2);
      // The core answers newest first; both forms list oldest first, as a log reads.
      const entries = [...(await callCore(core, 'audit.list', { limit }))].reverse();
      if (values.json) return print(JSON.stringify(entries, null, 2));
      if (entries.length === 0) return print('No GitLab API calls recorded yet.');
      print(
        formatTable(entries, [
          { title: 'Time', value: (e) => e.at },
          { title: 'Method', value: (e) => e.method },
          { title: 'Path', value: (e) => e.path },
          { title: 'Status', value: (e) => (e.status === null ? 'failed' : String(e.status)), alignRight: true },
          { title: 'ms', value: (e) => String(e.durationMs), alignRight: true },
          { title: 'Bytes', value: (e) => String(e.bytes), alignRight: true },
          { title: 'Budget left', value: (e) => String(e.budgetLeft), alignRight: true },
        ]),
      );
      return;
    }
    case 'connect':
    case 'disconnect':
      return runConnectionCommand(core, command, rest, { stdout: io.stdout, stderr: io.stderr, stdin: process.stdin });
    case 'course set':
      return runCourseSetCommand(core, rest, io);
    case 'alias add':
    case 'alias list':
    case 'alias remove':
    case 'exclude add':
    case 'exclude list':
    case 'exclude remove':
      return runIdentityCommand(core, command, rest, io);
    case 'iteration add':
    case 'iteration list':
    case 'iteration remove':
    case 'iteration weight':
      return runIterationCommand(core, command, rest, io);
    case 'relay connect':
    case 'relay status':
    case 'relay pull':
      return runRelayCommand(core, words[1] ?? '', rest, { stdout: io.stdout, stderr: io.stderr, stdin: process.stdin }, process.env);
    case 'rubric show':
    case 'rubric import':
    case 'rubric export':
      return runRubricCommand(core, command, rest, io);
    case 'grade':
    case 'grade freeze':
    case 'grade unfreeze':
    case 'grade set':
    case 'grade override':
    case 'grade adjust':
    case 'grade audit':
    case 'grade total':
      return runGradeCommand(core, command, rest, io);
    case 'practices':
      return rest.some((arg) => arg === '--file' || arg.startsWith('--file=')) ? runPracticesCommand(rest, io) : runCoursePracticesCommand(core, rest, io);
    case 'serve': {
      const { values } = parseCommandOptions('serve', rest, { port: { type: 'string' }, 'no-schedule': { type: 'boolean' } });
      await warnAboutUnscopedToken(core, process.env, io);
      await serveCommand(core, io.rendererDir, values.port, print);
      return;
    }
    default:
      throw new CliError(words.length ? `unknown command "${command}". Run gitpulse --help` : 'no command given. Run gitpulse --help', 2);
  }
}
