/** One command of the help: the words that name it, its synopsis and what it does (wrapped by hand). */
interface CommandHelp {
  words: string;
  synopsis: string;
  lines: string[];
}

const commands: CommandHelp[] = [
  { words: 'demo', synopsis: 'demo', lines: ['Create or refresh the "demo" course from generated data'] },
  {
    words: 'course add',
    synopsis: 'course add NAME --gitlab-url URL (--group PATH | --project PATH ...) [--window-start DATE] [--window-end DATE]',
    lines: [
      "Add a course: a group's projects (subgroups included) or listed projects",
      '(paths, or their GitLab addresses); the window (YYYY-MM-DD) limits what',
      'counts towards metrics',
    ],
  },
  { words: 'course list', synopsis: 'course list [--json]', lines: ['List courses with their window, last sync (local time) and last error'] },
  {
    words: 'course remove',
    synopsis: 'course remove NAME',
    lines: ['Remove a course and the data only it uses (students no other course has included)'],
  },
  {
    words: 'course set',
    synopsis: 'course set NAME [--coverage-threshold N] [--time-zone ZONE] [--window-start DATE] [--window-end DATE]',
    lines: ['The coverage a team must reach (default 60), the time zone days are', 'counted in (an IANA name, or local) and the course window'],
  },
  {
    words: 'forget',
    synopsis: 'forget --all [--connections]',
    lines: [
      'Delete every course and all its data (rosters, students, activity, audit log);',
      '--connections also deletes the GitLab connections and their tokens',
    ],
  },
  {
    words: 'connect',
    synopsis: 'connect --gitlab-url URL [--test] [--requests-per-minute N] [--ca-file FILE]',
    lines: ['Test a GitLab token (read from stdin) and save it in the OS keychain;', '--test checks the saved one'],
  },
  { words: 'disconnect', synopsis: 'disconnect --gitlab-url URL', lines: ['Forget a GitLab connection and delete its token from the keychain'] },
  {
    words: 'sync',
    synopsis: 'sync [--course NAME] [--json]',
    lines: ["Pull the course's data from GitLab (token: saved with connect, or GITLAB_TOKEN);", 'Ctrl+C stops it, and the next sync resumes'],
  },
  {
    words: 'metrics',
    synopsis: 'metrics [--course NAME] [--from ISO] [--to ISO | --iteration NAME] [--json]',
    lines: ["Each team's pipeline figures and each student's part, over the", 'course window, [from, to) or a named iteration'],
  },
  {
    words: 'iteration add',
    synopsis: 'iteration add [--course NAME] --name NAME --start DATE --end DATE [--weight W]',
    lines: ['Name a part of the course (both days count); window selectors offer it;', '--weight (default 1) is its share of the course total'],
  },
  { words: 'iteration list', synopsis: 'iteration list [--course NAME] [--json]', lines: ["List the course's iterations with their weights"] },
  {
    words: 'iteration remove',
    synopsis: 'iteration remove [--course NAME] --name NAME [--force]',
    lines: ['Forget an iteration; one with grading data needs --force, which deletes it too'],
  },
  {
    words: 'iteration weight',
    synopsis: 'iteration weight [--course NAME] --name NAME --weight W',
    lines: ["Set an iteration's weight in the course total (0 to 100; 0 leaves it out)"],
  },
  {
    words: 'alias add',
    synopsis: 'alias add --course NAME --member USERNAME (--email EMAIL | --name NAME)',
    lines: ["Count commits under another email or name as that member's"],
  },
  { words: 'alias list', synopsis: 'alias list [--course NAME] [--json]', lines: ["List the course's aliases"] },
  { words: 'alias remove', synopsis: 'alias remove --course NAME --member USERNAME (--email EMAIL | --name NAME)', lines: ['Forget an alias'] },
  {
    words: 'exclude add',
    synopsis: 'exclude add --course NAME (--commit SHA | --merge-request PROJECT!IID) --reason TEXT',
    lines: ['Make a commit or merge request count for nobody'],
  },
  { words: 'exclude list', synopsis: 'exclude list [--course NAME] [--json]', lines: ["List the course's exclusions with their reasons"] },
  { words: 'exclude remove', synopsis: 'exclude remove --course NAME (--commit SHA | --merge-request PROJECT!IID)', lines: ['Count it again'] },
  { words: 'audit', synopsis: 'audit [--limit N] [--json]', lines: ['The latest GitLab API calls (default 50), oldest first'] },
  {
    words: 'rubric show',
    synopsis: 'rubric show [--course NAME] [--iteration NAME] [--version N] [--json]',
    lines: ["The course's rubric (the built-in one until another is saved)"],
  },
  {
    words: 'rubric import',
    synopsis: 'rubric import FILE [--course NAME] [--iteration NAME] [--reason TEXT]',
    lines: ['Check a rubric file (docs/rubric.md) and save it as a new version'],
  },
  {
    words: 'rubric export',
    synopsis: 'rubric export --out FILE [--course NAME] [--iteration NAME] [--version N]',
    lines: ['Write the rubric as JSON'],
  },
  {
    words: 'grade',
    synopsis: 'grade [--course NAME] [--iteration NAME] [--as-of ISO] [--json]',
    lines: ["Every team's and student's grade, counting activity before --as-of;", '--iteration grades one iteration with its own rubric, scores and freeze'],
  },
  {
    words: 'grade freeze',
    synopsis: 'grade freeze [--course NAME] [--iteration NAME] [--as-of ISO] [--reason TEXT]',
    lines: ['Keep the grades as they are now, whatever later syncs and rubric edits bring'],
  },
  {
    words: 'grade unfreeze',
    synopsis: 'grade unfreeze [--course NAME] [--iteration NAME] [--reason TEXT]',
    lines: ['Let the grades follow the data and the rubric again'],
  },
  {
    words: 'grade set',
    synopsis: 'grade set --team PROJECT --criterion NAME (--points N [--comment TEXT] | --clear) [--course NAME] [--iteration NAME]',
    lines: ["Enter a manual criterion's points and comment for a team"],
  },
  {
    words: 'grade override',
    synopsis: 'grade override --team PROJECT --criterion NAME (--points N --reason TEXT | --clear) [--course NAME] [--iteration NAME]',
    lines: ["Replace a criterion's weighted points for a team"],
  },
  {
    words: 'grade adjust',
    synopsis: 'grade adjust --team PROJECT --student USERNAME (--points N | --factor F) --reason TEXT [--course NAME] [--iteration NAME]',
    lines: ["Add points to (or multiply) a student's total; --clear removes it"],
  },
  {
    words: 'grade audit',
    synopsis: 'grade audit [--course NAME] [--iteration NAME] [--team PROJECT] [--json]',
    lines: ['Every grading change: when, what, old and new value, reason'],
  },
  {
    words: 'grade total',
    synopsis: 'grade total [--course NAME] [--json]',
    lines: ["Each student's percent per iteration and the course percent weighted by", "the iterations' weights"],
  },
  {
    words: 'export',
    synopsis:
      'export [--course NAME] [--iteration NAME] --format csv|xlsx|pdf|moodle|canvas|metrics-csv|course-total-csv [--as-of ISO] --out FILE [--allow-incomplete]',
    lines: [
      'Write the grade sheet, the feedback report (pdf), an LMS import file, the',
      "metrics sheet or the course total; --delimiter ';' and --no-bom for CSV; --lms-file FILE",
      '[--lms-column NAME] fills a Moodle or Canvas export; a course whose first',
      'sync has not finished needs --allow-incomplete, and the sheet then says so',
    ],
  },
  {
    words: 'relay connect',
    synopsis: 'relay connect --url URL',
    lines: ["Check a webhook relay's client token (stdin, or GITPULSE_RELAY_TOKEN) and", 'save it in the OS keychain'],
  },
  { words: 'relay status', synopsis: 'relay status [--json]', lines: ['The relay, its state and the last event received'] },
  { words: 'relay pull', synopsis: 'relay pull [--course NAME] [--json]', lines: ['Apply every relay event after the stored cursor once'] },
  {
    words: 'practices',
    synopsis: 'practices [--course NAME] [--from ISO] [--to ISO] [--json]',
    lines: ["Each team's CI/CD practice checks with their evidence"],
  },
  {
    words: 'practices',
    synopsis: 'practices --file PATH [--json]',
    lines: ['Check a local .gitlab-ci.yml (and its local includes) for tests, linting,', 'security scans and stages; needs no database'],
  },
  {
    words: 'serve',
    synopsis: 'serve [--port N] [--no-schedule]',
    lines: ['Serve the app to a browser on 127.0.0.1 and print its URL;', 'it syncs courses on their schedule unless --no-schedule'],
  },
  { words: 'help', synopsis: 'help [COMMAND]', lines: ["Show this help, or one command's (also: gitpulse COMMAND --help)"] },
];

const globalOptions = `Global options:
  --data-dir DIR   Where gitpulse.sqlite lives (default: the app's data folder, or GITPULSE_DATA_DIR)
  -h, --help       Show this help (after a command: that command's)
  --version        Print the version`;

const descriptionColumn = 41;

function formatCommand(help: CommandHelp): string {
  const head = `  ${help.synopsis}`;
  const indent = ' '.repeat(descriptionColumn);
  const [first = '', ...more] = help.lines;
  const opening = head.length < descriptionColumn - 1 ? `${head.padEnd(descriptionColumn)}${first}` : `${head}\n${indent}${first}`;
  return [opening, ...more.map((line) => `${indent}${line}`)].join('\n');
}

/** The first words of every command, for telling an unknown command from a known one before the core loads. */
export const commandGroups: ReadonlySet<string> = new Set(commands.map((c) => c.words.split(' ')[0] as string));

/** Whether these command words name a command (`course add`), as opposed to a group (`course`) or nothing. */
export function isKnownCommand(words: string[]): boolean {
  return commands.some((c) => c.words === words.join(' '));
}

export const usage = `Usage: gitpulse [--data-dir DIR] <command> [options]

Commands:
${commands.map(formatCommand).join('\n')}

${globalOptions}`;

/**
 * The help of one command (`sync`), or of every command of a group (`course`); null when the words
 * name none, so the caller falls back to the whole usage.
 */
export function describeCommandHelp(words: string[]): string | null {
  const wanted = words.join(' ');
  const matching = commands.filter((c) => c.words === wanted || c.words.startsWith(`${wanted} `));
  if (words.length === 0 || matching.length === 0) return null;
  return `Usage: gitpulse [--data-dir DIR] ${matching.map((c) => c.synopsis).join(`\n       gitpulse [--data-dir DIR] `)}

${matching.map(formatCommand).join('\n')}

${globalOptions}`;
}
