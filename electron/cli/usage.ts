export const usage = `Usage: gitpulse [--data-dir DIR] <command> [options]

Commands:
  demo                                   Create or refresh the "demo" course from generated data
  course add NAME --gitlab-url URL (--group PATH | --project PATH ...) [--window-start DATE] [--window-end DATE]
                                         Add a course: a group's projects (subgroups included) or listed projects;
                                         the window (YYYY-MM-DD) limits what counts towards metrics
  course list [--json]                   List courses
  course remove NAME                     Remove a course and the data only it uses (students no other course has included)
  forget --all [--connections]           Delete every course and all its data (rosters, students, activity, audit log);
                                         --connections also deletes the GitLab connections and their tokens
  course set NAME [--coverage-threshold N] [--time-zone ZONE] [--window-start DATE] [--window-end DATE]
                                         The coverage a team must reach (default 60), the time zone days are
                                         counted in (an IANA name, or local) and the course window
  connect --gitlab-url URL [--test] [--requests-per-minute N] [--ca-file FILE]
                                         Test a GitLab token (read from stdin) and save it in the OS keychain;
                                         --test checks the saved one
  disconnect --gitlab-url URL            Forget a GitLab connection and delete its token from the keychain
  sync [--course NAME] [--json]          Pull the course's data from GitLab (token: saved with connect, or GITLAB_TOKEN)
  metrics [--course NAME] [--from ISO] [--to ISO] [--json]
                                         Each team's pipeline figures and each student's part, over the
                                         course window or [from, to)
  alias add --course NAME --member USERNAME (--email EMAIL | --name NAME)
                                         Count commits under another email or name as that member's
  alias list [--course NAME] [--json]    List the course's aliases
  alias remove --course NAME --member USERNAME (--email EMAIL | --name NAME)
                                         Forget an alias
  exclude add --course NAME (--commit SHA | --merge-request PROJECT!IID) --reason TEXT
                                         Make a commit or merge request count for nobody
  exclude list [--course NAME] [--json]  List the course's exclusions with their reasons
  exclude remove --course NAME (--commit SHA | --merge-request PROJECT!IID)
                                         Count it again
  audit [--limit N] [--json]             The latest GitLab API calls (default 50), oldest first
  rubric show [--course NAME] [--version N] [--json]
                                         The course's rubric (the built-in one until another is saved)
  rubric import FILE [--course NAME] [--reason TEXT]
                                         Check a rubric file (docs/rubric.md) and save it as a new version
  rubric export --out FILE [--course NAME] [--version N]
                                         Write the rubric as JSON
  grade [--course NAME] [--as-of ISO] [--json]
                                         Every team's and student's grade, counting activity before --as-of
  grade freeze [--course NAME] [--as-of ISO] [--reason TEXT]
                                         Keep the grades as they are now, whatever later syncs and rubric edits bring
  grade unfreeze [--course NAME] [--reason TEXT]
                                         Let the grades follow the data and the rubric again
  grade set --team PROJECT --criterion NAME (--points N [--comment TEXT] | --clear) [--course NAME]
                                         Enter a manual criterion's points and comment for a team
  grade override --team PROJECT --criterion NAME (--points N --reason TEXT | --clear) [--course NAME]
                                         Replace a criterion's weighted points for a team
  grade adjust --team PROJECT --student USERNAME (--points N | --factor F) --reason TEXT [--course NAME]
                                         Add points to (or multiply) a student's total; --clear removes it
  grade audit [--course NAME] [--team PROJECT] [--json]
                                         Every grading change: when, what, old and new value, reason
  export [--course NAME] --format csv --out FILE
                                         Write the grade sheet
  relay connect --url URL                Check a webhook relay's client token (stdin, or GITPULSE_RELAY_TOKEN) and
                                         save it in the OS keychain
  relay status [--json]                  The relay, its state and the last event received
  relay pull [--course NAME] [--json]    Apply every relay event after the stored cursor once
  practices [--course NAME] [--from ISO] [--to ISO] [--json]
                                         Each team's CI/CD practice checks with their evidence
  practices --file PATH [--json]         Check a local .gitlab-ci.yml (and its local includes) for tests, linting,
                                         security scans and stages; needs no database
  serve [--port N] [--no-schedule]       Serve the app to a browser on 127.0.0.1 and print its URL;
                                         it syncs courses on their schedule unless --no-schedule

Global options:
  --data-dir DIR   Where gitpulse.sqlite lives (default: the app's data folder, or GITPULSE_DATA_DIR)
  -h, --help       Show this help
  --version        Print the version`;
