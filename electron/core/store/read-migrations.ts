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
  // Numbers are reserved per branch while work runs in parallel, so one may be missing for a while;
  // each must still be used once. A database that has a number this build lacks is refused as newer.
  migrations.forEach((m, index) => {
    const previous = migrations[index - 1];
    if (m.version < 1 || (previous !== undefined && previous.version === m.version)) throw new Error(`Migration files must be numbered 0001 upwards, each number once; found ${m.version} twice or out of range`);
  });
  return migrations;
}
