import { useCallback } from 'react';
import type { StudentMetrics } from '../../../shared/domain/student-metrics';
import type { TeamMetrics } from '../../../shared/domain/team-metrics';
import { studentFigures } from '../../../shared/metrics/student-figures';
import type { ChartTheme } from '../../charts/chart-theme';
import { ChartPanel } from '../../charts/ChartPanel';
import { ExternalLink } from '../../components/ExternalLink';
import { Panel } from '../../components/Panel';
import { buildRampOption, summarizeRamp } from './build-ramp-option';
import { Definition } from './Definition';
import { formatStudentFigure } from './format-student-figure';
import { ShareBar } from './ShareBar';
import { linkStudentFigure } from './student-figure-link';

export interface MembersPanelProps {
  team: TeamMetrics;
  onOpenStudent(username: string): void;
}

/** Who carries the team: each student's figures, their shares as stacked bars, and a weekly ramp per member. */
export function MembersPanel({ team, onOpenStudent }: MembersPanelProps) {
  const { members } = team;
  const rampOption = useCallback((theme: ChartTheme) => buildRampOption(members, theme), [members]);
  return (
    <Panel title="Members" description="Each student’s part over the window. Click a name for the student’s profile; a number opens what it counts in GitLab.">
      {members.length === 0 ? (
        <p className="muted">No students in this team’s roster. Staff and bots are not listed.</p>
      ) : (
        <>
          <div className="table-scroll">
            <table className="detail-table" aria-label="Members">
              <thead>
                <tr>
                  <th scope="col">Student</th>
                  {studentFigures.map((figure) => (
                    <th key={figure.id} scope="col" className="numeric">
                      <Definition definition={figure.definition}>{figure.label}</Definition>
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {members.map((member) => (
                  <MemberRow key={member.username} member={member} projectUrl={team.webUrl} onOpen={() => onOpenStudent(member.username)} />
                ))}
              </tbody>
            </table>
          </div>
          <ShareBar label="Commit share" members={members} share={(m) => m.commitShare} />
          <ShareBar label="Line share" members={members} share={(m) => m.lineShare} />
          <ChartPanel
            title="Commits per week, per member"
            summary={summarizeRamp(members)}
            isEmpty={members.every((m) => m.commits === 0)}
            emptyMessage="No student has a counted commit in this window."
            buildOption={rampOption}
          />
        </>
      )}
    </Panel>
  );
}

function MemberRow({ member, projectUrl, onOpen }: { member: StudentMetrics; projectUrl: string; onOpen(): void }) {
  return (
    <tr data-member={member.username}>
      <th scope="row" className="detail-table__name">
        <button type="button" className="link-button" onClick={onOpen}>
          <bdi>{member.name}</bdi>
        </button>
        <span className="muted mono"> @{member.username}</span>
        {member.isFormer && <span className="badge">former</span>}
      </th>
      {studentFigures.map((figure) => {
        const text = formatStudentFigure(figure, member);
        const href = linkStudentFigure(figure.id, projectUrl, member);
        return (
          <td key={figure.id} className="numeric" data-figure={figure.id}>
            {href ? <ExternalLink href={href}>{text}</ExternalLink> : text}
          </td>
        );
      })}
    </tr>
  );
}
