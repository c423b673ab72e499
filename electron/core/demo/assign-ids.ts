/** An object waiting for its instance-wide id, with the time that orders it. */
export interface Numberable<T> {
  item: T;
  timeKey: number;
  teamIndex: number;
}

/**
 * GitLab ids are instance-wide and grow with creation time, across projects. Records of every team
 * are ordered by time (ties by team, then by their order within the team) and numbered from firstId.
 */
export function assignIdsByTime<T>(records: Numberable<T>[], firstId: number, assign: (item: T, id: number) => void): number {
  records.sort((a, b) => a.timeKey - b.timeKey || a.teamIndex - b.teamIndex);
  let id = firstId;
  for (const record of records) {
    assign(record.item, id);
    id += 1;
  }
  return id;
}
