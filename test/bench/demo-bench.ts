// npm run bench:demo — how long the deterministic generator takes for a large course. Figures only:
// timing goals live here, not in tests, because the build machine is shared and noisy.
import { generateCourse } from '../../electron/core/demo/generate-course';

const runs = 3;
const times: number[] = [];
let teams = 0;
for (let i = 0; i < runs; i += 1) {
  const started = performance.now();
  const course = generateCourse({ teams: 40, activityScale: 10 });
  times.push(performance.now() - started);
  teams = course.teams.length;
}
times.sort((a, b) => a - b);
const median = times[Math.floor(times.length / 2)] ?? 0;
console.log(
  `demo generator: ${teams} teams at 10x activity, median of ${runs}: ${median.toFixed(0)} ms (${(median / teams).toFixed(1)} ms per team); goal under 10,000 ms: ${median < 10_000 ? 'met' : 'missed'}`,
);
