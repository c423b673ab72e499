import type Database from 'better-sqlite3';

/** A stored rubric as its JSON text; the grading service parses it with the rubric schema. */
export interface StoredRubricVersion {
  version: number;
  rubricJson: string;
  savedAt: string;
}

export interface StoredRubricTemplate {
  id: number;
  name: string;
  rubricJson: string;
  savedAt: string;
}

/** Rubric versions per course and grading scope ('' the whole course, else an iteration's name; append-only) and the instructor's templates. */
export function createRubricsRepo(db: Database.Database) {
  const columns = 'version, rubric_json AS rubricJson, saved_at AS savedAt';
  const latest = db.prepare<[number, string], StoredRubricVersion>(
    `SELECT ${columns} FROM rubric_versions WHERE course_id = ? AND iteration = ? ORDER BY version DESC LIMIT 1`,
  );
  const one = db.prepare<[number, string, number], StoredRubricVersion>(
    `SELECT ${columns} FROM rubric_versions WHERE course_id = ? AND iteration = ? AND version = ?`,
  );
  const all = db.prepare<[number, string], StoredRubricVersion>(
    `SELECT ${columns} FROM rubric_versions WHERE course_id = ? AND iteration = ? ORDER BY version DESC`,
  );
  const insert = db.prepare<[number, string, number, string, string, string]>(
    `INSERT INTO rubric_versions (course_id, iteration, version, rubric_json, saved_at)
    VALUES (?, ?, (SELECT COALESCE(MAX(version), 0) + 1 FROM rubric_versions WHERE course_id = ? AND iteration = ?), ?, ?)`,
  );
  const templates = db.prepare<[], StoredRubricTemplate>('SELECT id, name, rubric_json AS rubricJson, saved_at AS savedAt FROM rubric_templates ORDER BY name');
  const template = db.prepare<[number], StoredRubricTemplate>(
    'SELECT id, name, rubric_json AS rubricJson, saved_at AS savedAt FROM rubric_templates WHERE id = ?',
  );
  const upsertTemplate = db.prepare<[string, string, string], { id: number }>(
    `INSERT INTO rubric_templates (name, rubric_json, saved_at) VALUES (?, ?, ?)
    ON CONFLICT (name) DO UPDATE SET rubric_json = excluded.rubric_json, saved_at = excluded.saved_at RETURNING id`,
  );
  const removeTemplate = db.prepare('DELETE FROM rubric_templates WHERE id = ?');
  return {
    findLatestRubric(courseId: number, scope: string): StoredRubricVersion | undefined {
      return latest.get(courseId, scope);
    },
    findRubricVersion(courseId: number, scope: string, version: number): StoredRubricVersion | undefined {
      return one.get(courseId, scope, version);
    },
    listRubricVersions(courseId: number, scope: string): StoredRubricVersion[] {
      return all.all(courseId, scope);
    },
    /** Appends the scope's next version number; the caller's transaction makes the read-then-insert safe. */
    insertRubricVersion(courseId: number, scope: string, rubricJson: string, savedAt: string): StoredRubricVersion {
      insert.run(courseId, scope, courseId, scope, rubricJson, savedAt);
      const saved = latest.get(courseId, scope);
      if (!saved) throw new Error('The rubric version just saved is missing');
      return saved;
    },
    listTemplates(): StoredRubricTemplate[] {
      return templates.all();
    },
    findTemplate(id: number): StoredRubricTemplate | undefined {
      return template.get(id);
    },
    /** A template of the same name (case-insensitive) is replaced. */
    saveTemplate(name: string, rubricJson: string, savedAt: string): StoredRubricTemplate {
      const row = upsertTemplate.get(name, rubricJson, savedAt);
      const saved = row && template.get(row.id);
      if (!saved) throw new Error('The template just saved is missing');
      return saved;
    },
    removeTemplate(id: number): boolean {
      return removeTemplate.run(id).changes > 0;
    },
  };
}

export type RubricsRepo = ReturnType<typeof createRubricsRepo>;
