import type { LmsRoundTripReport as Report } from '../../../shared/api/export-api';

export interface LmsRoundTripReportProps {
  filename: string;
  lmsLabel: string;
  trip: Report;
}

/**
 * What the core could and could not place. Rows that matched nobody stay as the LMS wrote them and
 * students missing from the file get no grade there: both are for the instructor to settle by hand
 * in the LMS, so both are listed in full. Every name here comes from students or the LMS file.
 */
export function LmsRoundTripReport({ filename, lmsLabel, trip }: LmsRoundTripReportProps) {
  const { unmatched, notInFile } = trip;
  return (
    <div className="lms-report" aria-label="What was filled in">
      <p className="lms-report__summary" role="status">
        Saved <bdi>{filename}</bdi>: filled “<bdi>{trip.gradeColumn}</bdi>” for <strong className="numeric">{trip.matched}</strong>{' '}
        {trip.matched === 1 ? 'student' : 'students'}.
        {unmatched.length === 0 && notInFile.length === 0 && ` Every row of the ${lmsLabel} file matched a student, and every student was in the file.`}
      </p>
      {unmatched.length > 0 && (
        <>
          <h3 className="lms-report__title">
            {unmatched.length} {unmatched.length === 1 ? 'row' : 'rows'} left as {unmatched.length === 1 ? 'it was' : 'they were'}
          </h3>
          <table className="lms-report__table">
            <thead>
              <tr>
                <th scope="col" className="numeric">
                  Line
                </th>
                <th scope="col">Row</th>
                <th scope="col">Why</th>
              </tr>
            </thead>
            <tbody>
              {unmatched.map((row) => (
                <tr key={row.line}>
                  <td className="numeric">{row.line}</td>
                  <td>
                    <bdi>{row.who || '(no name)'}</bdi>
                  </td>
                  <td>{row.reason}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </>
      )}
      {notInFile.length > 0 && (
        <>
          <h3 className="lms-report__title">
            {notInFile.length} {notInFile.length === 1 ? 'student' : 'students'} not in the file, so not written
          </h3>
          <ul className="lms-report__missing">
            {notInFile.map((student) => (
              <li key={student}>
                <bdi>{student}</bdi>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
