import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const fileNamePattern = /^(\d{4})_([a-z0-9_]+)\.sql$/;

/**
 * Migrations ship as numbered .sql files next to this module in the sources and next to the bundle in
 * the app (electron.vite.config.ts copies them), so one relative URL finds them in both.
 */
export function defaultMigrationsDir(): string {
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

export function readMigrations(dir: string = defaultMigrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .map((file) => ({ file, match: fileNamePattern.exec(file) }))
    .filter((entry): entry is { file: string; match: RegExpExecArray } => entry.match !== null)
    .map(({ file, match }) => {
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return {
        version: Number(match[1]),
        name: match[2] ?? file,
        sql,
        checksum: createHash('sha256').update(sql).digest('hex'),
      };
    })
    .sort((a, b) => a.version - b.version);
  // Numbers are reserved per piece of work while several land in parallel, so a branch may ship 0009
  // before 0006 exists; applyMigrations runs whichever are not yet recorded. Two files with one number
  // would be a real mistake.
  migrations.forEach((m, index) => {
    const previous = migrations[index - 1];
    if (previous && previous.version === m.version) throw new Error(`Two migration files are numbered ${m.version}: ${previous.name} and ${m.name}`);
  });
  return migrations;
}
